// +build linux
package tags
