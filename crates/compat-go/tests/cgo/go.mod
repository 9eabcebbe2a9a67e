module example.com/cgofixtures

go 1.21
