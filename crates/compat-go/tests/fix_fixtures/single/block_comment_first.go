/* License text. */

// +build linux

package p
