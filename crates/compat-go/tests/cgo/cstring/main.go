package main

import "example.com/cgofixtures/harness"

// main runs this fixture's cases (see harness.Main).
func main() { harness.Main(cases) }
