// A closure sent to a worker in a select, its reply received in the same
// iteration.
// held-out: round 5, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

func main() {
	work := make(chan func())
	go func() {
		for f := range work {
			f()
		}
	}()
	reply := make(chan int)
	var out []int
	// want: none -- the reply is received before the iteration ends
	for _, v := range []int{1, 2, 3} {
		select {
		case work <- func() { reply <- v * v }:
		}
		out = append(out, <-reply)
	}
	close(work)
	fmt.Println(out)
}
