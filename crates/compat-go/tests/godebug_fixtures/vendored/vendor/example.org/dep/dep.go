// Package dep is a vendored dependency that serves HTTP.
package dep

import "net/http"

// Serve listens on :8080.
func Serve() { _ = http.ListenAndServe(":8080", nil) }
