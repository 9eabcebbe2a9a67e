// The classic lost update: a pointer method on the range copy.
// held-out: round 2, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type user struct{ name string }

func (u *user) rename(to string) { u.name = to }

func main() {
	users := []user{{"a"}, {"b"}}
	// want: none -- rename writes to the copy in both versions
	for _, u := range users {
		u.rename("x")
	}
	fmt.Println(users)
}
