package multiple
