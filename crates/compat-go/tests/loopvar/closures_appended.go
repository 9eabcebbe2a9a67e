// Closures collected in a slice and called after the loop.
package main

import "fmt"

func main() {
	var prints []func()
	// want: go-loopvar-semantics-change v certain -- closures appended to a slice outside the loop
	for _, v := range []int{10, 20, 30} {
		prints = append(prints, func() { fmt.Println(v) })
	}
	for _, p := range prints {
		p()
	}
}
