package main

import "C"

// want: !go-export-directive-ignored (the directive cgo reads)
//export Good
func Good() C.int { return 1 }

// want: go-export-directive-ignored (a space after //)
// export Space
func Space() C.int { return 2 }

// want: go-export-directive-ignored (upper case)
//Export Upper
func Upper() C.int { return 3 }

// want: go-export-directive-ignored (a blank line before func)
//export Blank

func Blank() C.int { return 4 }

// want: go-export-directive-ignored (a tab, not a space)
//export	Tab
func Tab() C.int { return 5 }

// want: go-export-directive-ignored (a blank line, then the doc comment)
//export SepGroup

// SepGroup has a doc comment of its own.
func SepGroup() C.int { return 6 }

// want: go-export-directive-ignored (a block comment)
/*export Block*/
func Block() C.int { return 7 }

// want: go-export-directive-ignored (two spaces after //)
//  export TwoSpace
func TwoSpace() C.int { return 8 }

// want: go-export-directive-ignored (it stands above a var declaration)
//export Code
var _ = 1

func Code() C.int { return 9 }

// want: !go-export-directive-ignored (a comment line without a blank line keeps it in the doc comment)
//export Other
// Other is exported all the same.
func Other() C.int { return 10 }

// want: !go-export-directive-ignored (a block comment right below keeps it in the doc comment)
//export OtherBlock
/* OtherBlock too. */
func OtherBlock() C.int { return 11 }

// want: !go-export-directive-ignored (trailing blanks are trimmed)
//export Trail   
func Trail() C.int { return 12 }

// DocFirst has its doc comment above the directive.
// want: !go-export-directive-ignored (anywhere in the doc comment)
//export DocFirst
func DocFirst() C.int { return 13 }

// want: !go-export-directive-ignored (prose, not a directive: Export is not meant to be exported)
// Export writes the data.
func Export() C.int { return 14 }
