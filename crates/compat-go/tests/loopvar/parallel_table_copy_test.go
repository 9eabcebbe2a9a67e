// Table-driven parallel subtests with the pre-1.22 tc := tc copy.
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
	}{{"one", "1"}, {"two", "2"}, {"ten", "10"}}
	var (
		mu  sync.Mutex
		got []string
	)
	t.Run("group", func(t *testing.T) {
		// want: none -- tc := tc is captured, not the loop variable
		for _, tc := range cases {
			tc := tc
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
