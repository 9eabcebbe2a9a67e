// Each goroutine reports on a channel the iteration receives from.
package main

import "fmt"

func main() {
	var got []string
	// want: none -- <-done in the same iteration joins the goroutine
	for i := 0; i < 3; i++ {
		done := make(chan string)
		go func() { done <- fmt.Sprint("step ", i) }()
		got = append(got, <-done)
	}
	fmt.Println(got)
}
