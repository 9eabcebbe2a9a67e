//go:build linux
//go:build amd64
// +build linux

package p
