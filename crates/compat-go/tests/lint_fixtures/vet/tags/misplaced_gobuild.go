// Package tags has one file per buildtag check.
package tags

//go:build linux
