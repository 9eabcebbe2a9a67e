// +build: linux

package malformed
