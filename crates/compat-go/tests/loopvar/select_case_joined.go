// A goroutine started in a select case and waited for before the
// iteration ends.
// held-out: round 7, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

func main() {
	tick := make(chan struct{}, 1)
	var out []string
	// want: none -- <-done joins the goroutine in the iteration
	for _, job := range []string{"a", "b"} {
		tick <- struct{}{}
		done := make(chan string)
		select {
		case <-tick:
			go func() { done <- "ran " + job }()
		}
		out = append(out, <-done)
	}
	fmt.Println(out)
}
