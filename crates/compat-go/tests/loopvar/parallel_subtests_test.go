// Table-driven parallel subtests: the parallel part runs after the loop.
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"
)

var (
	mu   sync.Mutex
	seen []string
)

func TestUpper(t *testing.T) {
	cases := []struct{ in, want string }{{"a", "A"}, {"b", "B"}, {"c", "C"}}
	// want: go-loopvar-semantics-change tc certain -- t.Parallel subtests run after the loop
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			t.Parallel()
			mu.Lock()
			seen = append(seen, strings.ToUpper(tc.in)+"="+tc.want)
			mu.Unlock()
		})
	}
}

func TestMain(m *testing.M) {
	code := m.Run()
	sort.Strings(seen)
	fmt.Println("result", seen)
	os.Exit(code)
}
