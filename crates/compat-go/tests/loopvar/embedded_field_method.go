// A method value of a field of the loop variable whose method has a
// pointer receiver: it binds &v.stats.
// held-out: round 6, written before compat ran on it; compat's first verdict: missed it (none)
package main

import "fmt"

type stats struct{ hits int }

func (s *stats) report() string { return fmt.Sprint(s.hits) }

type endpoint struct {
	path  string
	stats stats
}

func main() {
	var reports []func() string
	// want: go-loopvar-semantics-change e certain -- e.stats.report binds &e.stats, called after the loop
	for _, e := range []endpoint{{"/a", stats{1}}, {"/b", stats{2}}} {
		reports = append(reports, e.stats.report)
	}
	for _, r := range reports {
		fmt.Println(r())
	}
}
