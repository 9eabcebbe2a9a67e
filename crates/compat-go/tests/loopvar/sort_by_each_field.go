// A report sorted by each field in turn: the sort.Slice comparator
// captures the range variable and runs inside sort.Slice.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

func less(a, b person, field string) bool {
	if field == "age" {
		return a.age < b.age
	}
	return a.name < b.name
}

func main() {
	people := []person{{"cy", 30}, {"ada", 41}, {"bob", 25}}
	var orders []string
	// want: none -- sort.Slice calls the comparator before it returns
	for _, field := range []string{"name", "age"} {
		sort.Slice(people, func(i, j int) bool { return less(people[i], people[j], field) })
		orders = append(orders, fmt.Sprint(field, ":", people[0].name))
	}
	fmt.Println(orders)
}
