// Tree nodes whose parent field points at the loop variable, appended
// inside a composite literal.
// held-out: round 6, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type dir struct{ name string }

type file struct {
	name   string
	parent *dir
}

func main() {
	var files []file
	// want: go-loopvar-semantics-change d certain -- file{parent: &d} is appended and read after the loop
	for _, d := range []dir{{"etc"}, {"usr"}} {
		files = append(files, file{name: d.name + ".conf", parent: &d})
	}
	for _, f := range files {
		fmt.Println(f.parent.name, f.name)
	}
}
