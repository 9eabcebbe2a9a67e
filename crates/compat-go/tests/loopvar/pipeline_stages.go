// Pipeline stages built in a loop; each stage's goroutine uses the method's
// own copy of the stage (value receiver).
// held-out: round 2, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type stage struct{ add int }

func (s stage) run(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v + s.add
		}
		close(out)
	}()
	return out
}

func main() {
	src := make(chan int)
	var in <-chan int = src
	// want: none -- run copies st (value receiver); the goroutine uses the copy
	for _, st := range []stage{{1}, {10}, {100}} {
		in = st.run(in)
	}
	go func() {
		src <- 0
		src <- 1000
		close(src)
	}()
	for v := range in {
		fmt.Println(v)
	}
}
