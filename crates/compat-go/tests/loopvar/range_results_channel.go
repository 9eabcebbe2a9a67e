// Each goroutine's results are drained with a range loop in the iteration.
// held-out: round 4, written before compat ran on it; compat's first verdict: false alarm (likely)
package main

import "fmt"

func main() {
	sum := 0
	// want: none -- ranging over res until it is closed joins the goroutine
	for _, v := range []int{1, 2, 3} {
		res := make(chan int)
		go func() {
			res <- v * 2
			close(res)
		}()
		for r := range res {
			sum += r
		}
	}
	fmt.Println(sum)
}
