// Requests sent by pointer to a server goroutine; each reply is awaited in
// the iteration, so the server is done with the request before the loop
// moves on.
// held-out: round 2, written before compat ran on it; compat's first verdict: false alarm (likely)
package main

import "fmt"

type request struct {
	n     int
	reply chan int
}

func main() {
	reqs := make(chan *request)
	go func() {
		for r := range reqs {
			r.reply <- r.n * r.n
		}
	}()
	var got []int
	// want: none -- the reply is received in the same iteration
	for _, r := range []request{{2, make(chan int)}, {3, make(chan int)}} {
		reqs <- &r
		got = append(got, <-r.reply)
	}
	close(reqs)
	fmt.Println(got)
}
