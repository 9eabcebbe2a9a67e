// A retry helper of the file calls the operation synchronously.
// held-out: round 1, written before compat ran on it; compat's first verdict: right
package main

import (
	"errors"
	"fmt"
)

func retry(times int, op func() error) error {
	var err error
	for i := 0; i < times; i++ {
		if err = op(); err == nil {
			return nil
		}
	}
	return err
}

func main() {
	var log []string
	// want: none -- retry calls op before returning and keeps nothing
	for _, host := range []string{"a", "b"} {
		tries := 0
		err := retry(3, func() error {
			tries++
			log = append(log, fmt.Sprint(host, tries))
			if tries < 2 {
				return errors.New("again")
			}
			return nil
		})
		if err != nil {
			panic(err)
		}
	}
	fmt.Println(log)
}
