// +build linux

//go:build linux

package p
