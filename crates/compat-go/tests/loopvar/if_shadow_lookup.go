// The closure captures a variable of an if statement's init, computed
// from the loop variable, never the loop variable itself.
// held-out: round 5, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

var prices = map[string]int{"tea": 3, "coffee": 4}

func main() {
	var quotes []func() int
	// want: none -- the closures capture p, declared per iteration by the if
	for _, item := range []string{"tea", "milk", "coffee"} {
		if p, ok := prices[item]; ok {
			quotes = append(quotes, func() int { return p * 2 })
		}
	}
	for _, q := range quotes {
		fmt.Println(q())
	}
}
