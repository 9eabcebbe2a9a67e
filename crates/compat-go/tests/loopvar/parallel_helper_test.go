// Subtests made parallel through a helper of the file: the subtest
// functions run after the loop has finished.
// held-out: round 5, written before compat ran on it; compat's first verdict: missed it (none)
package main

import (
	"fmt"
	"sort"
	"sync"
	"testing"
)

func parallel(t *testing.T) {
	t.Helper()
	t.Parallel()
}

func TestSquares(t *testing.T) {
	var (
		mu  sync.Mutex
		got []int
	)
	t.Run("group", func(t *testing.T) {
		// want: go-loopvar-semantics-change n certain -- parallel(t) calls t.Parallel
		for _, n := range []int{2, 3, 4} {
			t.Run(fmt.Sprint(n), func(t *testing.T) {
				parallel(t)
				mu.Lock()
				got = append(got, n*n)
				mu.Unlock()
			})
		}
	})
	sort.Ints(got)
	fmt.Println("result", got)
}
