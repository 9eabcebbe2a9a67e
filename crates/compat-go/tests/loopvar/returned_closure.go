// A closure returned from inside the loop: the loop ends there, and the
// compiler leaves the loop alone (it skips closures under a return).
package main

import "fmt"

func matcher(prefixes []string, s string) func() string {
	// want: none -- returning ends the loop; the compiler does not transform it
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
