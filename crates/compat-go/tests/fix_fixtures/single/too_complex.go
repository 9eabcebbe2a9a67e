//go:build (linux || darwin) && (amd64 || arm64) || windows
// +build linux

package p
