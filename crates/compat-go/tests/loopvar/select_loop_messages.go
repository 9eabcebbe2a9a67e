// A numbered select loop handing each received message to a goroutine;
// the goroutine captures msg (declared by the case), not the counter.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	in := make(chan string, 3)
	in <- "a"
	in <- "b"
	in <- "c"
	close(in)
	start := make(chan struct{})
	var (
		wg  sync.WaitGroup
		mu  sync.Mutex
		out []string
	)
	received := 0
loop:
	// want: none -- the goroutine reads msg, a new variable each time; n is read only in the loop
	for n := 1; ; n++ {
		select {
		case msg, ok := <-in:
			if !ok {
				break loop
			}
			received = n
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				mu.Lock()
				out = append(out, msg)
				mu.Unlock()
			}()
		}
	}
	close(start)
	wg.Wait()
	sort.Strings(out)
	fmt.Println(out, received)
}
