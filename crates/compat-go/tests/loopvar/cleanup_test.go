// t.Cleanup runs its functions when the test ends, after the loop.
package main

import (
	"fmt"
	"os"
	"testing"
)

var closed []string

func TestResources(t *testing.T) {
	// want: go-loopvar-semantics-change res certain -- t.Cleanup runs the closure at the end of the test
	for _, res := range []string{"db", "cache", "queue"} {
		t.Cleanup(func() { closed = append(closed, res) })
	}
}

func TestMain(m *testing.M) {
	code := m.Run()
	fmt.Println("result", closed)
	os.Exit(code)
}
