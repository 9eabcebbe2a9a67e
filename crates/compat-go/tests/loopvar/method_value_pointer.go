// A pointer-receiver method value binds &v.
package main

import "fmt"

type job struct{ id int }

func (j *job) describe() string { return fmt.Sprint("job ", j.id) }

func main() {
	var steps []func() string
	// want: go-loopvar-semantics-change j certain -- j.describe binds &j and is stored
	for _, j := range []job{{1}, {2}, {3}} {
		steps = append(steps, j.describe)
	}
	for _, s := range steps {
		fmt.Println(s())
	}
}
