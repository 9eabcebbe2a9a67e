// Command app reaches net/http only through a vendored package.
package main

import "example.org/dep"

func main() { dep.Serve() }
