// Command app parses certificates and serves HTTP.
package main

import (
	"crypto/x509"
	"net/http"
)

func main() {
	_, _ = x509.ParseCertificate(nil)
	_ = http.ListenAndServe(":8080", nil)
}
