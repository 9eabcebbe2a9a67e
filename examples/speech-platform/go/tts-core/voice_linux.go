//go:build linux

package ttscore

// Backend names the audio backend on Linux.
const Backend = "alsa"
