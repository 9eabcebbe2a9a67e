// The same handlers with the pre-1.22 idiom: a copy per iteration.
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
	// want: none -- route := route makes the handler capture the copy
	for _, route := range routes {
		route := route
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
