// Parallel subtests whose case is passed to a function literal that
// returns the subtest: the subtest captures the parameter.
// held-out: round 5, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sort"
	"sync"
	"testing"
)

type tcase struct {
	name string
	in   int
}

func TestDouble(t *testing.T) {
	var (
		mu  sync.Mutex
		got []int
	)
	cases := []tcase{{"one", 1}, {"two", 2}, {"three", 3}}
	t.Run("group", func(t *testing.T) {
		// want: none -- the subtest captures the factory's parameter tc, a copy
		for _, tc := range cases {
			t.Run(tc.name, func(tc tcase) func(*testing.T) {
				return func(t *testing.T) {
					t.Parallel()
					mu.Lock()
					got = append(got, tc.in*2)
					mu.Unlock()
				}
			}(tc))
		}
	})
	sort.Ints(got)
	fmt.Println("result", got)
}
