// A generic lazy value built per element; forced after the loop.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type Lazy[T any] struct{ f func() T }

func (l Lazy[T]) Get() T { return l.f() }

func Squares[T ~int | ~int64](xs []T) []Lazy[T] {
	var out []Lazy[T]
	// want: go-loopvar-semantics-change x certain -- each Lazy keeps a closure over x
	for _, x := range xs {
		out = append(out, Lazy[T]{f: func() T { return x * x }})
	}
	return out
}

func main() {
	for _, l := range Squares([]int{2, 3, 4}) {
		fmt.Print(l.Get(), " ")
	}
	fmt.Println()
}
