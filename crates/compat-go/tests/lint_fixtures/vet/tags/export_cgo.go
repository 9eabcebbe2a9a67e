package tags

import "C"

//export bar
func Bar() {}

//export
func Baz() {}
