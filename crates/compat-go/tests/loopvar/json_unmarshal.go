// &v passed to json.Unmarshal: it escapes, but only within the call.
package main

import (
	"encoding/json"
	"fmt"
)

type msg struct {
	ID   int    `json:"id"`
	Text string `json:"text"`
}

func main() {
	raw := []string{`{"text":"hi"}`, `{"text":"yo"}`}
	var out []string
	// want: go-loopvar-heap-alloc m -- json.Unmarshal keeps &m only during the call
	for i, m := range []msg{{ID: 1}, {ID: 2}} {
		if err := json.Unmarshal([]byte(raw[i]), &m); err != nil {
			panic(err)
		}
		out = append(out, fmt.Sprint(m.ID, ":", m.Text))
	}
	fmt.Println(out)
}
