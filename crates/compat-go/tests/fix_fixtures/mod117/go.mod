module example.com/m117

go 1.17
