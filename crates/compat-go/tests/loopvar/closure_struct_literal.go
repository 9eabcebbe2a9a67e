// A closure placed in a struct literal appended to a slice.
package main

import "fmt"

type task struct {
	name string
	run  func() int
}

func main() {
	var tasks []task
	// want: go-loopvar-semantics-change n certain -- the literal holding the closure is appended
	for _, n := range []int{2, 3, 4} {
		tasks = append(tasks, task{name: fmt.Sprint("sq", n), run: func() int { return n * n }})
	}
	for _, t := range tasks {
		fmt.Println(t.name, t.run())
	}
}
