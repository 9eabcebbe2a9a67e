// slices.SortFunc with a comparison reading the loop variable: called
// during the sort.
// held-out: round 6, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"slices"
	"strings"
)

func main() {
	words := []string{"Banana", "apple", "cherry"}
	// want: none -- slices.SortFunc calls the closure before it returns
	for _, fold := range []bool{false, true} {
		w := slices.Clone(words)
		slices.SortFunc(w, func(a, b string) int {
			if fold {
				return strings.Compare(strings.ToLower(a), strings.ToLower(b))
			}
			return strings.Compare(a, b)
		})
		fmt.Println(w)
	}
}
