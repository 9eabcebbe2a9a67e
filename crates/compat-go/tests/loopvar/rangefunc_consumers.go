// oracle: go1.23 -- range over functions does not compile below go1.23 (not even in a file pinned with //go:build go1.22), so no program keeps go1.21 semantics for these loops; checked with go1.23.9
// Consumers of iterators (Go 1.23 range over func) that keep closures and
// pointers of their loop variables, start goroutines and defer calls: the
// compiler passes each value to the loop body as a parameter, so every
// iteration has its own variables and nothing changes.
package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
)

type list struct{ items []string }

// All yields the items in order.
func (l *list) All(yield func(int, string) bool) {
	for i, s := range l.items {
		if !yield(i, s) {
			return
		}
	}
}

// words yields the words of a sentence.
func words(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, w := range strings.Fields(s) {
			if !yield(w) {
				return
			}
		}
	}
}

func countdown(yield func(int) bool) {
	for n := 3; n > 0; n-- {
		if !yield(n) {
			return
		}
	}
}

func collect(seq iter.Seq[string]) []func() string {
	var out []func() string
	// want: none -- seq is an iter.Seq parameter: range over func
	for s := range seq {
		out = append(out, func() string { return s })
	}
	return out
}

func main() {
	var fs []func() string
	var ps []*string
	// want: none -- range over an iter.Seq of the file
	for w := range words("to be or") {
		fs = append(fs, func() string { return w })
		ps = append(ps, &w)
	}
	// want: none -- slices.All is an iter.Seq2
	for i, v := range slices.All([]string{"x", "y"}) {
		fs = append(fs, func() string { return fmt.Sprint(i, v) })
	}
	l := &list{items: []string{"p", "q"}}
	// want: none -- a method value of the file
	for i, s := range l.All {
		fs = append(fs, func() string { return fmt.Sprint(s, i) })
	}
	// want: none -- a function of the file
	for n := range countdown {
		defer func() { fmt.Println("deferred", n) }()
	}
	start := make(chan struct{})
	var (
		wg  sync.WaitGroup
		mu  sync.Mutex
		got []string
	)
	// want: none -- maps.Keys is an iter.Seq
	for k := range maps.Keys(map[string]int{"a": 1, "b": 2}) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			mu.Lock()
			got = append(got, k)
			mu.Unlock()
		}()
	}
	// want: none -- a function literal
	for x := range func(yield func(int) bool) { _ = yield(7) && yield(8) } {
		fs = append(fs, func() string { return fmt.Sprint(x) })
	}
	close(start)
	wg.Wait()
	sort.Strings(got)
	fs = append(fs, collect(words("a b"))...)
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println(got)
}
