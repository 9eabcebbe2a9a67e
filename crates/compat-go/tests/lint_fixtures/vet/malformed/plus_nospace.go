// +buildlinux

package malformed
