//go:build linux && amd64
// +build amd64,linux

package tags
