// The loop variable's value copied into a variable of the function; a
// deferred closure reads that variable.
// held-out: round 6, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

func process(jobs []string) {
	var last string
	defer func() { fmt.Println("last job:", last) }()
	// want: none -- only the value of j is copied out
	for _, j := range jobs {
		last = j
	}
}

func main() {
	process([]string{"build", "test", "ship"})
}
