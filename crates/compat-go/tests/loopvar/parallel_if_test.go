// Subtests that go parallel only when asked: t.Parallel inside an if.
// held-out: round 1, written before compat ran on it; compat's first verdict: missed it (none)
package main

import (
	"fmt"
	"os"
	"sort"
	"sync"
	"testing"
)

var (
	mu       sync.Mutex
	seen     []string
	parallel = true
)

func TestCodes(t *testing.T) {
	// want: go-loopvar-semantics-change code likely -- t.Parallel sits in a condition; when called, the subtests run after the loop
	for _, code := range []string{"x1", "x2", "x3"} {
		t.Run(code, func(t *testing.T) {
			if parallel {
				t.Parallel()
			}
			mu.Lock()
			seen = append(seen, code)
			mu.Unlock()
		})
	}
}

func TestMain(m *testing.M) {
	c := m.Run()
	sort.Strings(seen)
	fmt.Println("result", seen)
	os.Exit(c)
}
