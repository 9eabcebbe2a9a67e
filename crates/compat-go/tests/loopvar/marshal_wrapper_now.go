// Each item marshalled inside a wrapper struct holding its address.
// held-out: round 8, written before compat ran on it; compat's first verdict: right
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
	// want: go-loopvar-heap-alloc it -- the envelope is marshalled in the iteration (&it still moves it to the heap)
	for _, it := range []item{{"a-1", 2}, {"b-7", 1}} {
		b, _ := json.Marshal(envelope{Kind: "line", Item: &it})
		lines = append(lines, string(b))
	}
	fmt.Println(lines)
}
