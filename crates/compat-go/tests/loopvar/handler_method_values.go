// Method values of handler structs registered with a mux.
// held-out: round 2, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
)

type greeter struct{ word string }

func (g *greeter) serve(w http.ResponseWriter, r *http.Request) {
	io.WriteString(w, g.word)
}

func main() {
	mux := http.NewServeMux()
	// want: go-loopvar-semantics-change g likely -- g.serve binds &g; the mux keeps it
	for _, g := range []greeter{{"hello"}, {"bonjour"}} {
		mux.HandleFunc("/"+g.word, g.serve)
	}
	for _, p := range []string{"/hello", "/bonjour"} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", p, nil))
		fmt.Println(p, rec.Body.String())
	}
}
