//go:build (linux && !android) || (darwin && (arm64 || amd64)) || go1.18
// +build linux

package p
