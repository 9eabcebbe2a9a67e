package tags

//export Foo
func Foo() {}
