// Package ttscore is the Go side of the example speech platform.
package ttscore

// DefaultRate is the speaking rate in words per minute.
const DefaultRate = 160

// Rate returns the rate to use for a requested one.
func Rate(requested int) int {
	if requested <= 0 {
		return DefaultRate
	}
	return requested
}
