// Method values of a value-receiver String, kept for later.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type level int

func (l level) String() string { return fmt.Sprintf("L%d", int(l)) }

func main() {
	var names []func() string
	// want: none -- l.String copies l when the method value is made
	for _, l := range []level{1, 2, 3} {
		names = append(names, l.String)
	}
	for _, f := range names {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
