// The loop variable's address passed to json.Marshal, which uses it
// during the call only.
// held-out: round 6, written before compat ran on it; compat's first verdict: right
package main

import (
	"encoding/json"
	"fmt"
)

type point struct{ X, Y int }

func main() {
	var out []string
	// want: go-loopvar-heap-alloc p -- json.Marshal only reads &p during the call
	for _, p := range []point{{1, 2}, {3, 4}} {
		b, err := json.Marshal(&p)
		if err != nil {
			panic(err)
		}
		out = append(out, string(b))
	}
	fmt.Println(out)
}
