// Cleanups registered on each subtest's own t run when that subtest ends.
package main

import (
	"fmt"
	"os"
	"testing"
)

var closed []string

func TestConns(t *testing.T) {
	// want: none -- the subtest's t.Cleanup runs before t.Run returns
	for _, name := range []string{"c1", "c2"} {
		t.Run(name, func(t *testing.T) {
			t.Cleanup(func() { closed = append(closed, name) })
		})
	}
}

func TestMain(m *testing.M) {
	code := m.Run()
	fmt.Println("result", closed)
	os.Exit(code)
}
