// A select waits for the goroutine (or a quit channel) in the iteration.
package main

import "fmt"

func main() {
	quit := make(chan struct{})
	var got []int
	// want: none -- the select receives from done before the iteration ends
	for _, v := range []int{5, 6, 7} {
		done := make(chan int)
		go func() { done <- v * v }()
		select {
		case r := <-done:
			got = append(got, r)
		case <-quit:
			return
		}
	}
	fmt.Println(got)
}
