//go:debug x509sha1=1

// Command app still asks for SHA-1 certificates.
package main

import (
	"crypto/x509"

	"example.com/removed/lib"
)

func main() {
	_, _ = x509.ParseCertificate(nil)
	lib.Run()
}
