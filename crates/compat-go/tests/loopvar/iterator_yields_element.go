// Iterator functions that yield the slice element's address or the value:
// no loop variable is shared with the consumer.
package main

import "fmt"

type user struct{ name string }

var users = []user{{"ada"}, {"bob"}, {"cy"}}

func allUsers(yield func(*user) bool) {
	// want: none -- &users[i] is the element, not the loop variable
	for i := range users {
		if !yield(&users[i]) {
			return
		}
	}
}

func names(yield func(string) bool) {
	// want: none -- u.name is yielded by value
	for _, u := range users {
		if !yield(u.name) {
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
	var ns []string
	names(func(n string) bool {
		ns = append(ns, n)
		return true
	})
	for _, p := range kept {
		fmt.Print(p.name, " ")
	}
	fmt.Println(ns)
}
