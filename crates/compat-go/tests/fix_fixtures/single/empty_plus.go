// +build

package main
