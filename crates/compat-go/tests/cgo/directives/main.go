package main

// main is required by -buildmode=c-shared.
func main() {}
