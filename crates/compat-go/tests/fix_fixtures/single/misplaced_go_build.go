// Copyright 2024 The Authors.

package p

//go:build linux

func f() {}
