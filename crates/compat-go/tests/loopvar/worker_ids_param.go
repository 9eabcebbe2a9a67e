// A worker pool whose workers get their id as an argument.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sort"
	"sync"
)

func worker(id int, start <-chan struct{}, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	<-start
	out <- id * 10
}

func main() {
	start := make(chan struct{})
	out := make(chan int, 4)
	var wg sync.WaitGroup
	// want: none -- id is passed by value when the goroutine starts
	for id := 0; id < 4; id++ {
		wg.Add(1)
		go worker(id, start, out, &wg)
	}
	close(start)
	wg.Wait()
	close(out)
	var got []int
	for v := range out {
		got = append(got, v)
	}
	sort.Ints(got)
	fmt.Println(got)
}
