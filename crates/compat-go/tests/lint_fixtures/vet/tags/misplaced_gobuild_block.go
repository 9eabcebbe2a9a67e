/*
//go:build linux
*/

package tags
