//go:debug panicnil=1

// Package lib sets panicnil where the go command ignores it.
package lib

// Run panics with nil when asked to.
func Run() {
	defer func() { _ = recover() }()
	panic(nil)
}
