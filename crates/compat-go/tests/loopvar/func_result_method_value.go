// Method values of a value built from the loop variable by a function
// call: the call copies the variable.
// held-out: round 7, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type adder struct{ n int }

func (a *adder) apply(x int) int { return x + a.n }

func newAdder(n int) *adder { return &adder{n} }

func main() {
	var ops []func(int) int
	// want: none -- newAdder(n) receives a copy of n
	for _, n := range []int{1, 2} {
		ops = append(ops, newAdder(n).apply)
	}
	for _, op := range ops {
		fmt.Println(op(100))
	}
}
