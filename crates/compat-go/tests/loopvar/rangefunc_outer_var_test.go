// oracle: go1.23 -- range over functions does not compile below go1.23; checked with go1.23.9
// A table-driven test ranging over slices.Values: parallel subtests
// capture the range-over-func variable (per-iteration in every version
// that compiles the loop).
package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
)

var (
	mu   sync.Mutex
	seen []string
)

func TestFields(t *testing.T) {
	t.Run("group", func(t *testing.T) {
		// want: none -- slices.Values is an iter.Seq
		for f := range slices.Values(strings.Split("a,b,c", ",")) {
			t.Run(f, func(t *testing.T) {
				t.Parallel()
				mu.Lock()
				seen = append(seen, strings.ToUpper(f))
				mu.Unlock()
			})
		}
	})
	sort.Strings(seen)
	fmt.Println("result", seen)
}
