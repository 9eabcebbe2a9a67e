//go:build linux || darwin
// +build linux

package p
