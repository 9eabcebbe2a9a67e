// +build linux

package tags
