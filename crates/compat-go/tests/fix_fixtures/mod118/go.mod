module example.com/m118

go 1.18
