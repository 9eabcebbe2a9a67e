// Codecs registered by init in a package-level map, looked up in main.
// held-out: round 7, written before compat ran on it; compat's first verdict: right
package main

import "fmt"

var codecs = map[string]func([]byte) string{}

func init() {
	// want: go-loopvar-semantics-change name certain -- the closures stay in codecs after the loop
	for _, name := range []string{"gzip", "zstd"} {
		codecs[name] = func(b []byte) string { return name + ":" + string(b) }
	}
}

func main() {
	fmt.Println(codecs["gzip"]([]byte("a")), codecs["zstd"]([]byte("b")))
}
