// +build linux

package p
