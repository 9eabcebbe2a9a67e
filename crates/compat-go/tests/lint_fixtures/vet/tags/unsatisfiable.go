//go:build linux && darwin

package tags
