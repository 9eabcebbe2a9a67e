//go:debug tlsrsakex=1

package main
