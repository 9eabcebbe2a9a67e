// A closure passed to a function compat does not know (regexp's
// ReplaceAllStringFunc): it may escape, and nothing shows it outlives the
// iteration.
package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`[aeiou]`)
	var out []string
	// want: go-loopvar-heap-alloc mark -- ReplaceAllStringFunc is not in compat's table
	for _, mark := range []string{"*", "#"} {
		out = append(out, re.ReplaceAllStringFunc("banana", func(string) string { return mark }))
	}
	fmt.Println(out)
}
