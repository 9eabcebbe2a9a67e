// Parallel subtests with the pre-1.22 copy.
// held-out: round 2, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"os"
	"sort"
	"sync"
	"testing"
)

var (
	mu   sync.Mutex
	seen []string
)

func TestFiles(t *testing.T) {
	// want: none -- f := f gives each subtest its own copy
	for _, f := range []string{"a.txt", "b.txt"} {
		f := f
		t.Run(f, func(t *testing.T) {
			t.Parallel()
			mu.Lock()
			seen = append(seen, f)
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
