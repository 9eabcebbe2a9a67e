//go:build (linux && (amd64 || arm64)) || windows
// +build linux windows

package tags
