// Each download runs on a goroutine whose error is received in the same
// iteration (a timeout select as the join).
// held-out: round 6, written before compat ran on it; compat's first verdict: right
package main

import (
	"fmt"
	"time"
)

func main() {
	var log []string
	// want: none -- the select receives from errc before the iteration ends
	for _, f := range []string{"a.zip", "b.zip"} {
		errc := make(chan error, 1)
		go func() { errc <- fmt.Errorf("fetched %s", f) }()
		select {
		case err := <-errc:
			log = append(log, err.Error())
		case <-time.After(5 * time.Second):
			log = append(log, "timeout")
		}
	}
	fmt.Println(log)
}
