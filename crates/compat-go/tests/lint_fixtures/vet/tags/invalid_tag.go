//go:build linux && amd64
// +build linux/amd64

package tags
