//go:debug tls10server=1
//go:debug panicnil=0

// Command client dials a TLS server.
package main

import "crypto/tls"

func main() { _, _ = tls.Dial("tcp", "localhost:443", nil) }
