// Pointers sent on a buffered channel and read after the loop.
package main

import "fmt"

func main() {
	ch := make(chan *int, 3)
	// want: go-loopvar-semantics-change n likely -- &n sent on a channel, received after the loop
	for _, n := range []int{4, 5, 6} {
		ch <- &n
	}
	close(ch)
	for p := range ch {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}
