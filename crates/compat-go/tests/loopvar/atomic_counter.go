// sync/atomic on a field of the loop variable: an escape, not a lifetime change.
package main

import (
	"fmt"
	"sync/atomic"
)

type stat struct {
	name string
	n    int64
}

func main() {
	var total int64
	// want: go-loopvar-heap-alloc s -- atomic.AddInt64 takes &s.n for the call only
	for _, s := range []stat{{"a", 1}, {"b", 2}} {
		atomic.AddInt64(&s.n, 10)
		total += s.n
	}
	fmt.Println(total)
}
