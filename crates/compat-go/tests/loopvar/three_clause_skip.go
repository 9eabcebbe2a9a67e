// A tokenizer's three-clause loop that advances i inside the body and
// keeps closures reading i.
// held-out: round 5, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

func main() {
	s := "ab cd"
	var marks []func() int
	// want: go-loopvar-semantics-change i certain -- the closures are called after the loop
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			i++
		}
		marks = append(marks, func() int { return i })
	}
	for _, m := range marks {
		fmt.Print(m(), " ")
	}
	fmt.Println()
}
