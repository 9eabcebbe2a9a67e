//go:build linux

package tags

// +build linux

const late = 1
