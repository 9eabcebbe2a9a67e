// Table-driven subtests without t.Parallel run inside t.Run.
package main

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

var seen []string

func TestLower(t *testing.T) {
	cases := []struct{ in, want string }{{"A", "a"}, {"B", "b"}}
	// want: none -- t.Run without t.Parallel returns after the subtest
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			if got := strings.ToLower(tc.in); got != tc.want {
				t.Errorf("got %q", got)
			}
			seen = append(seen, tc.in)
		})
	}
}

func TestMain(m *testing.M) {
	code := m.Run()
	fmt.Println("result", seen)
	os.Exit(code)
}
