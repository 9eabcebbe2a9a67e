// Request contexts carrying a pointer to the loop variable, kept and read
// after the loop.
// held-out: round 6, written before compat ran on it; compat's first verdict: right
package main

import (
	"context"
	"fmt"
)

type ctxKey struct{}

type tenant struct{ name string }

func main() {
	var ctxs []context.Context
	// want: go-loopvar-semantics-change t certain -- the contexts hold &t and are read after the loop
	for _, t := range []tenant{{"acme"}, {"globex"}} {
		ctxs = append(ctxs, context.WithValue(context.Background(), ctxKey{}, &t))
	}
	for _, c := range ctxs {
		fmt.Println(c.Value(ctxKey{}).(*tenant).name)
	}
}
