//go:build go1.21.0

package tags
