//go:build !linux

package ttscore

// Backend names the audio backend elsewhere.
const Backend = "none"
