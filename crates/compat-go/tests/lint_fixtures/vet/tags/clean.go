// Copyright 2024.

//go:build linux

// Package tags has one file per buildtag check.
package tags

import "os"

var _ = os.Args
