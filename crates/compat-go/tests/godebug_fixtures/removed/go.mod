module example.com/removed

go 1.21
