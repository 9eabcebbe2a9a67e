// Scheduled tasks built as pointers to structs with a func field over the
// three-clause counter.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type task struct {
	name string
	run  func() int
}

func main() {
	var tasks []*task
	// want: go-loopvar-semantics-change n certain -- run reads n after the loop
	for n := 1; n <= 3; n++ {
		tasks = append(tasks, &task{name: fmt.Sprint("square", n), run: func() int { return n * n }})
	}
	for _, t := range tasks {
		fmt.Println(t.name, t.run())
	}
}
