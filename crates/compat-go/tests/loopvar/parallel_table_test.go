// Table-driven subtests made parallel, without the pre-1.22 tc := tc.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sort"
	"strconv"
	"sync"
	"testing"
)

func TestParse(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want int
	}{{"one", "1", 1}, {"two", "2", 2}, {"ten", "10", 10}}
	var (
		mu  sync.Mutex
		got []string
	)
	t.Run("group", func(t *testing.T) {
		// want: go-loopvar-semantics-change tc certain -- parallel subtests run after the loop
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				t.Parallel()
				n, _ := strconv.Atoi(tc.in)
				mu.Lock()
				got = append(got, fmt.Sprintf("%s=%d", tc.name, n))
				mu.Unlock()
			})
		}
	})
	sort.Strings(got)
	fmt.Println("result", got)
}
