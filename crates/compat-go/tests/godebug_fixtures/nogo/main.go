// Command nogo runs in a module without a go line.
package main

import "os"

func main() { os.Exit(0) }
