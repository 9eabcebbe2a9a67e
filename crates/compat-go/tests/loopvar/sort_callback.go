// Callbacks that sort.Slice and strings.Map call during the call.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	words := []string{"pear", "fig", "apple"}
	var out []string
	// want: none -- sort.Slice and strings.Map call the closures before returning
	for _, shift := range []rune{1, 2} {
		ws := append([]string(nil), words...)
		sort.Slice(ws, func(a, b int) bool { return len(ws[a])+int(shift) < len(ws[b])+int(shift) })
		out = append(out, strings.Map(func(r rune) rune { return r + shift }, strings.Join(ws, ",")))
	}
	fmt.Println(out)
}
