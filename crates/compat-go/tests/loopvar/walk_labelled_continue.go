// A directory walk with a labelled continue; a visit closure is called in
// the same iteration.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"strings"
)

func main() {
	tree := map[string][]string{"src": {"a.go", "b_test.go", "c.go"}, "docs": {"x.md"}}
	var out []string
outer:
	// want: none -- visit is called before the iteration ends
	for _, dir := range []string{"docs", "src"} {
		// want: none -- visit is called before the iteration ends
		for _, f := range tree[dir] {
			if strings.HasSuffix(f, ".md") {
				continue outer
			}
			visit := func() { out = append(out, dir+"/"+f) }
			if !strings.HasSuffix(f, "_test.go") {
				visit()
			}
		}
	}
	fmt.Println(out)
}
