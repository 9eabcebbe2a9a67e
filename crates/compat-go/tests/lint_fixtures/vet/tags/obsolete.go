//go:build (linux || darwin) && amd64
// +build linux darwin
// +build amd64

package tags
