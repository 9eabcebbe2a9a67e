// Each item marshalled inside a wrapper struct holding its address.
// held-out: round 8, written before compat ran on it
package main

import (
	"encoding/json"
	"fmt"
)

type item struct {
	SKU string `json:"sku"`
	Qty int    `json:"qty"`
}

type envelope struct {
	Kind string `json:"kind"`
	Item *item  `json:"item"`
}

func main() {
	var lines []string
	// want: none -- the envelope is marshalled in the iteration
	for _, it := range []item{{"a-1", 2}, {"b-7", 1}} {
		b, _ := json.Marshal(envelope{Kind: "line", Item: &it})
		lines = append(lines, string(b))
	}
	fmt.Println(lines)
}
