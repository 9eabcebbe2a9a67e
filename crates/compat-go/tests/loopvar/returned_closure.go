// A closure returned from inside the loop: the loop ends there; only the
// allocation changes.
package main

import "fmt"

func matcher(prefixes []string, s string) func() string {
	// want: go-loopvar-heap-alloc p -- returning ends the loop; the closure escapes
	for _, p := range prefixes {
		if len(s) >= len(p) && s[:len(p)] == p {
			return func() string { return "matched " + p }
		}
	}
	return func() string { return "none" }
}

func main() {
	fmt.Println(matcher([]string{"ab", "cd"}, "cdx")())
}
