//go:build linux

package p

//go:build darwin

func f() {}
