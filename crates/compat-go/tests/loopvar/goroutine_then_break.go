// A goroutine started right before the loop breaks: the variable is never
// changed again.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var got string
	// want: go-loopvar-heap-alloc name -- break right after the go statement
	for _, name := range []string{"a", "b", "c"} {
		if name == "b" {
			wg.Add(1)
			go func() {
				defer wg.Done()
				got = name
			}()
			break
		}
	}
	wg.Wait()
	fmt.Println(got)
}
