//go:build linux
// +build linux

package p
