// +build linux

// +build amd64

package p
