module example.com/tts-core

go 1.22
