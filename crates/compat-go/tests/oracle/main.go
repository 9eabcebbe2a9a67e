// Command oracle reports what go/build/constraint does with each input line,
// for the compat-go oracle test. Each stdin line is a JSON string (so inputs
// may hold newlines); each output line is a JSON object.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"go/build/constraint"
	"os"
)

type result struct {
	IsGo     bool     `json:"is_go"`
	IsPlus   bool     `json:"is_plus"`
	Expr     *string  `json:"expr"`
	Err      *string  `json:"err"`
	Offset   *int     `json:"offset"`
	Lines    []string `json:"lines"`
	LinesErr *string  `json:"lines_err"`
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<26)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for in.Scan() {
		var line string
		if err := json.Unmarshal(in.Bytes(), &line); err != nil {
			panic(err)
		}
		r := result{IsGo: constraint.IsGoBuild(line), IsPlus: constraint.IsPlusBuild(line)}
		x, err := constraint.Parse(line)
		if err != nil {
			s := err.Error()
			r.Err = &s
			var se *constraint.SyntaxError
			if errors.As(err, &se) {
				off := se.Offset
				r.Offset = &off
			}
		} else {
			s := x.String()
			r.Expr = &s
			lines, err := constraint.PlusBuildLines(x)
			if err != nil {
				e := err.Error()
				r.LinesErr = &e
			} else {
				r.Lines = lines
			}
		}
		if err := enc.Encode(r); err != nil {
			panic(err)
		}
	}
	if err := in.Err(); err != nil {
		panic(err)
	}
}
