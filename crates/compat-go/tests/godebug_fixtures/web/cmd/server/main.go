// Command server serves the API.
package main

import "example.com/web/internal/handler"

func main() { handler.Serve() }
