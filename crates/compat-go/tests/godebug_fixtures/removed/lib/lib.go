//go:debug nosuchsetting=1

// Package lib has a //go:debug line no Go release knows.
package lib

// Run does nothing.
func Run() {}
