// An iterator function (the shape Go 1.23 ranges over) whose own loop
// yields the address of its range variable; the consumer keeps what it is
// given. Written without range-over-func so that it builds at go 1.21 too:
// a Go 1.23 `for p := range allUsers` consumer sees the same.
package main

import "fmt"

type user struct{ name string }

var users = []user{{"ada"}, {"bob"}, {"cy"}}

func allUsers(yield func(*user) bool) {
	// want: go-loopvar-semantics-change u possible -- yield hands &u to the consumer's loop body, which may keep it
	for _, u := range users {
		if !yield(&u) {
			return
		}
	}
}

func main() {
	var kept []*user
	allUsers(func(p *user) bool {
		kept = append(kept, p)
		return true
	})
	for _, p := range kept {
		fmt.Print(p.name, " ")
	}
	fmt.Println()
}
