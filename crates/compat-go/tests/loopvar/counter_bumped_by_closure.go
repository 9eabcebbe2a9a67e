// A three-clause loop whose body bumps the counter through a closure
// called in the same iteration (skipping the next element).
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

func main() {
	args := []string{"-v", "-o", "out.txt", "in.txt", "-o", "x"}
	var files, outs []string
	// want: none -- skip runs in the iteration; go1.22 copies i back before i++
	for i := 0; i < len(args); i++ {
		skip := func() string { i++; return args[i] }
		switch args[i] {
		case "-v":
		case "-o":
			outs = append(outs, skip())
		default:
			files = append(files, args[i])
		}
	}
	fmt.Println(files, outs)
}
