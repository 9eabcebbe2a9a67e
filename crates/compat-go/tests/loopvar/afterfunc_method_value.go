// time.AfterFunc with a pointer-receiver method value of the loop
// variable; the timers fire after the loop.
// held-out: round 6, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

var (
	mu    sync.Mutex
	fired []string
	wg    sync.WaitGroup
)

type reminder struct{ text string }

func (r *reminder) fire() {
	mu.Lock()
	fired = append(fired, r.text)
	mu.Unlock()
	wg.Done()
}

func main() {
	// want: go-loopvar-semantics-change r likely -- r.fire binds &r and runs on a timer after the loop
	for _, r := range []reminder{{"tea"}, {"call"}} {
		wg.Add(1)
		time.AfterFunc(30*time.Millisecond, r.fire)
	}
	wg.Wait()
	sort.Strings(fired)
	fmt.Println(fired)
}
