//go:debug default=go1.20
//go:debug x509usepolicies=1

// Command app keeps Go 1.20's GODEBUG defaults, except one.
package main

import (
	"crypto/x509"
	"net/http"
)

func main() {
	_, _ = x509.ParseCertificate(nil)
	_ = http.ListenAndServe(":8080", nil)
}
