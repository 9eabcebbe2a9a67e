// Pointer-receiver method values of the loop variable registered in a
// registry of the file, dispatched after the loop.
// held-out: round 5, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

type plugin struct{ name string }

func (p *plugin) handle(ev string) { fmt.Println(p.name, "handles", ev) }

type registry struct{ hooks map[string]func(string) }

func (r *registry) on(ev string, h func(string)) { r.hooks[ev] = h }

func main() {
	reg := registry{hooks: map[string]func(string){}}
	plugins := []plugin{{"auth"}, {"audit"}}
	// want: go-loopvar-semantics-change p likely -- p.handle binds &p, kept by reg.on (written "certain" before compat ran; a reference kept by a function of the file is ranked likely)
	for _, p := range plugins {
		reg.on("after-"+p.name, p.handle)
	}
	reg.hooks["after-auth"]("x")
	reg.hooks["after-audit"]("y")
}
