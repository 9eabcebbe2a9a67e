package p

// +build linux

func f() {}
