// An index of struct literals holding the address of the slice element.
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
	// want: none -- &users[i] is the element, not the loop variable
	for i, u := range users {
		idx = append(idx, entry{key: u.name, user: &users[i]})
	}
	for _, e := range idx {
		fmt.Println(e.key, e.user.id)
	}
}
