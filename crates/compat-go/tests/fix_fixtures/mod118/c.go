// Copyright.

package p

//go:build linux

// +build linux

func f() {}
