//go:build !windows
// +build !!windows

package tags
