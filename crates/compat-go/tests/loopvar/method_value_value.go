// A value-receiver method value copies v when evaluated.
package main

import "fmt"

type job struct{ id int }

func (j job) describe() string { return fmt.Sprint("job ", j.id) }

func main() {
	var steps []func() string
	// want: none -- j.describe copies j (value receiver)
	for _, j := range []job{{1}, {2}, {3}} {
		steps = append(steps, j.describe)
	}
	for _, s := range steps {
		fmt.Println(s())
	}
}
