// Pointer-receiver methods of the loop variable called in the iteration:
// they change the copy, which is then appended by value.
// held-out: round 6, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type account struct {
	name    string
	balance int
}

func (a *account) deposit(n int) { a.balance += n }

func main() {
	var updated []account
	// want: none -- a.deposit is called now and a is appended by value
	for _, a := range []account{{"x", 1}, {"y", 2}} {
		a.deposit(10)
		updated = append(updated, a)
	}
	fmt.Println(updated)
}
