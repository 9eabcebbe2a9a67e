package p

import "fmt"

var s = "//go:build nope"

var t = `
// +build nope
`

/*
//go:build nope
*/

func f() { fmt.Println(s, t) }
