//go:build linux || darwin
// +build linux

package tags
