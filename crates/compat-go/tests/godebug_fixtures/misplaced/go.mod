module example.com/misplaced

go 1.21
