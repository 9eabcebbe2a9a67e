// An iterator of lazily computed values: each yielded closure captures the
// iterator's three-clause loop variable.
package main

import "fmt"

func squares(yield func(func() int) bool) {
	// want: go-loopvar-semantics-change i possible -- the yielded closure captures i; the consumer may call it later
	for i := 1; i <= 3; i++ {
		if !yield(func() int { return i * i }) {
			return
		}
	}
}

func main() {
	var fs []func() int
	squares(func(f func() int) bool {
		fs = append(fs, f)
		return true
	})
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
