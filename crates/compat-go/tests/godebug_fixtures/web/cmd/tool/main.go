//go:debug httpmuxgo121=1

// Command tool prints a line; it imports no HTTP package.
package main

import "fmt"

func main() { fmt.Println("tool") }
