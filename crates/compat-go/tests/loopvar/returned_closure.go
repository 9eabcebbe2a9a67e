// A closure returned from inside the loop: the loop ends there.
package main

import "fmt"

func matcher(prefixes []string, s string) func() string {
	// want: none -- returning ends the loop
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
