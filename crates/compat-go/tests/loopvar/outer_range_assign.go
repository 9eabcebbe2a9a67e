// A range loop assigning (=) variables declared before it.
package main

import "fmt"

func main() {
	var (
		v    int
		ptrs []*int
	)
	// want: none -- v is declared outside the loop (range with =)
	for _, v = range []int{1, 2, 3} {
		ptrs = append(ptrs, &v)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}
