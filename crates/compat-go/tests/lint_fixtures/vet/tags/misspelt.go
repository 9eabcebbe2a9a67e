//go:build linx

package tags
