// An LRU list of pointers to the loop variable (container/list).
// held-out: round 6, written before compat ran on it; compat's first verdict: right
package main

import (
	"container/list"
	"fmt"
)

type entry struct{ key string }

func main() {
	l := list.New()
	// want: go-loopvar-semantics-change e likely -- l.PushBack keeps &e
	for _, e := range []entry{{"a"}, {"b"}, {"c"}} {
		l.PushBack(&e)
	}
	for x := l.Front(); x != nil; x = x.Next() {
		fmt.Print(x.Value.(*entry).key, " ")
	}
	fmt.Println()
}
