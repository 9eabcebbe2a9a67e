// kvctl v2: v1 with the changes compat's cobra fixture pins (see ../README.md).
package main

import (
	"os"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"
)

func main() {
	root := &cobra.Command{Use: "kvctl", Short: "A key-value store client"}
	root.PersistentFlags().StringP("server", "s", "localhost:7000", "server address")
	// --insecure removed.

	get := &cobra.Command{Use: "get KEY", Short: "Print a value", Run: func(*cobra.Command, []string) {}}
	get.Flags().StringP("output", "o", "json", "output format: text or json") // default changed
	get.Flags().Int("timeout", 30, "seconds to wait")

	put := &cobra.Command{Use: "put KEY VALUE", Short: "Store a value", Run: func(*cobra.Command, []string) {}}
	put.Flags().Duration("ttl", 0, "time to live")
	put.Flags().String("tag", "", "one tag") // no longer repeatable

	backup := &cobra.Command{Use: "backup", Short: "Dump every key", Run: func(*cobra.Command, []string) {}}
	backup.Flags().Bool("all", false, "include expired keys") // -a dropped
	// export renamed to backup.

	root.AddCommand(get, put, backup)
	root.DisableAutoGenTag = true
	if err := doc.GenYamlTree(root, os.Args[1]); err != nil {
		panic(err)
	}
}
