// Table-driven subtests that are not parallel: each runs inside t.Run.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"strings"
	"testing"
)

func TestTrim(t *testing.T) {
	cases := []struct{ in, want string }{{" a ", "a"}, {"b  ", "b"}}
	var got []string
	// want: none -- t.Run returns after the subtest ran (no t.Parallel)
	for _, tc := range cases {
		t.Run(tc.want, func(t *testing.T) {
			if s := strings.TrimSpace(tc.in); s != tc.want {
				t.Errorf("got %q", s)
			}
			got = append(got, tc.want)
		})
	}
	fmt.Println("result", got)
}
