// Copyright 2024 The Authors.
// All rights reserved.

// +build linux

// Package p does things.
package p

// F is exported.
func F() {}
