// kvctl v1: a tiny cobra program whose YAML docs (doc.GenYamlTree) are the
// fixture of compat's cobra reader. Regenerate: see ../README.md.
package main

import (
	"os"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"
)

func main() {
	root := &cobra.Command{Use: "kvctl", Short: "A key-value store client"}
	root.PersistentFlags().StringP("server", "s", "localhost:7000", "server address")
	root.PersistentFlags().Bool("insecure", false, "skip TLS verification")

	get := &cobra.Command{Use: "get KEY", Short: "Print a value", Run: func(*cobra.Command, []string) {}}
	get.Flags().StringP("output", "o", "text", "output format: text or json")
	get.Flags().Int("timeout", 30, "seconds to wait")

	put := &cobra.Command{Use: "put KEY VALUE", Short: "Store a value", Run: func(*cobra.Command, []string) {}}
	put.Flags().Duration("ttl", 0, "time to live")
	put.Flags().StringSlice("tag", nil, "tags (repeatable)")

	export := &cobra.Command{Use: "export", Short: "Dump every key", Run: func(*cobra.Command, []string) {}}
	export.Flags().BoolP("all", "a", false, "include expired keys")

	root.AddCommand(get, put, export)
	root.DisableAutoGenTag = true
	if err := doc.GenYamlTree(root, os.Args[1]); err != nil {
		panic(err)
	}
}
