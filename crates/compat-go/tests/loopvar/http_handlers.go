// HTTP handlers registered in a loop and served after it.
package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
)

func main() {
	mux := http.NewServeMux()
	routes := []string{"/a", "/b", "/c"}
	// want: go-loopvar-semantics-change route likely -- the mux keeps the handler and calls it later
	for _, route := range routes {
		mux.HandleFunc(route, func(w http.ResponseWriter, r *http.Request) {
			io.WriteString(w, "served "+route)
		})
	}
	for _, r := range routes {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", r, nil))
		fmt.Println(r, "->", rec.Body.String())
	}
}
