// Each route's handler is exercised by a smoke request in the same
// iteration and then dropped.
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
	// want: none -- the handler serves its request before the next iteration
	for _, rt := range routes {
		h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprint(w, rt.body)
		})
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", rt.path, nil))
		fmt.Println(rt.path, rec.Body.String())
	}
}
