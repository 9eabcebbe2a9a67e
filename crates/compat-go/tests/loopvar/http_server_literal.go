// http.Server values built in a loop with a handler closure, kept and
// served (through httptest) after the loop.
// held-out: round 6, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
)

func main() {
	var servers []*http.Server
	// want: go-loopvar-semantics-change name certain -- the handler closure is kept in the servers and called after the loop
	for _, name := range []string{"admin", "public"} {
		servers = append(servers, &http.Server{
			Addr: ":0",
			Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				fmt.Fprint(w, name)
			}),
		})
	}
	for _, s := range servers {
		rec := httptest.NewRecorder()
		s.Handler.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
		fmt.Println(rec.Body.String())
	}
}
