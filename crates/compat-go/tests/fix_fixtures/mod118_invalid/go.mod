module example.com/m118invalid

go 1.18
