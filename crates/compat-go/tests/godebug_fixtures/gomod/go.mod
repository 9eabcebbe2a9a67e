module example.com/gomod

go 1.23

godebug (
	default=go1.21 // keep Go 1.21's defaults
	x509negativeserial=1
)

godebug httpmuxgo121=0
