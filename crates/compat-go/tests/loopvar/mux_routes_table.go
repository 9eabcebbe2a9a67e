// Routes registered from a table on an http.ServeMux; the handlers run
// when requests arrive, after the loop.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
)

type route struct {
	path, body string
}

func main() {
	routes := []route{{"/health", "ok"}, {"/version", "v1.2.3"}}
	mux := http.NewServeMux()
	// want: go-loopvar-semantics-change rt likely -- the handlers run after the loop
	for _, rt := range routes {
		mux.HandleFunc(rt.path, func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprint(w, rt.body)
		})
	}
	for _, p := range []string{"/health", "/version"} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", p, nil))
		fmt.Println(p, rec.Body.String())
	}
}
