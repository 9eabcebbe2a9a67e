// Package handler holds the HTTP handlers.
package handler

import "net/http"

// Serve listens on :8080.
func Serve() { _ = http.ListenAndServe(":8080", nil) }
