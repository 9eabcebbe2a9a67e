// +build linux darwin
// +build amd64

package p

func f() {}
