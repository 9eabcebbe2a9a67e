/* Copyright. */
// +build linux

package tags
