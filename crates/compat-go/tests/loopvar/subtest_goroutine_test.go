// A sequential subtest that starts and joins its own goroutine.
// held-out: round 4, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"os"
	"sync"
	"testing"
)

var seen []string

func TestItems(t *testing.T) {
	// want: none -- the subtest joins its goroutine before t.Run returns
	for _, it := range []string{"i1", "i2"} {
		t.Run(it, func(t *testing.T) {
			var wg sync.WaitGroup
			wg.Add(1)
			go func() {
				defer wg.Done()
				seen = append(seen, it)
			}()
			wg.Wait()
		})
	}
}

func TestMain(m *testing.M) {
	code := m.Run()
	fmt.Println("result", seen)
	os.Exit(code)
}
