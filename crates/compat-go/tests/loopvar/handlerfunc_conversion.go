// Handlers registered in a loop through an http.HandlerFunc conversion
// and ServeMux.Handle, served after the loop.
// held-out: round 5, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
)

func main() {
	mux := http.NewServeMux()
	// want: go-loopvar-semantics-change page likely -- the handler keeps the closure past the iteration
	for _, page := range []string{"home", "about"} {
		mux.Handle("/"+page, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprint(w, "page ", page)
		}))
	}
	for _, p := range []string{"/home", "/about"} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", p, nil))
		fmt.Println(p, rec.Body.String())
	}
}
