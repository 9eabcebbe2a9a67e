// Handlers built by a factory function that takes the loop variable as a
// parameter: the handler captures the parameter.
// held-out: round 5, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
)

func pageHandler(name string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "page ", name) }
}

func main() {
	mux := http.NewServeMux()
	// want: none -- pageHandler's closure captures its parameter, a copy
	for _, page := range []string{"home", "about"} {
		mux.HandleFunc("/"+page, pageHandler(page))
	}
	for _, p := range []string{"/home", "/about"} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", p, nil))
		fmt.Println(p, rec.Body.String())
	}
}
