// Goroutines started with a plain function call: the loop variable is
// passed by value.
// held-out: round 5, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

func square(i int, out chan<- [2]int) { out <- [2]int{i, i * i} }

func main() {
	out := make(chan [2]int, 4)
	// want: none -- go square(i, out) evaluates i at the go statement
	for i := 0; i < 4; i++ {
		go square(i, out)
	}
	res := make([]int, 4)
	for k := 0; k < 4; k++ {
		r := <-out
		res[r[0]] = r[1]
	}
	fmt.Println(res)
}
