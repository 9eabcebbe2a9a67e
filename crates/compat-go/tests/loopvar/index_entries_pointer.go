// An index of struct literals holding the address of the range variable.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type user struct {
	id   int
	name string
}

type entry struct {
	key  string
	user *user
}

func main() {
	users := []user{{1, "ada"}, {2, "bob"}, {3, "cy"}}
	var idx []entry
	// want: go-loopvar-semantics-change u certain -- each entry keeps &u
	for _, u := range users {
		idx = append(idx, entry{key: u.name, user: &u})
	}
	for _, e := range idx {
		fmt.Println(e.key, e.user.id)
	}
}
