package p

func f() {}

// +build linux
