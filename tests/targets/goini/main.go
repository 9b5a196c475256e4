// Reads an INI file with go-ini (gopkg.in/ini.v1), the parser Gitea and
// Grafana use, and prints one section as JSON: what the application sees.
//
//	goini FILE SECTION [gitea]
//
// "gitea" loads with Gitea's options (modules/setting/config_provider.go:
// IgnoreContinuation); otherwise with the defaults, as Grafana's ini.Load.
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"gopkg.in/ini.v1"
)

func main() {
	options := ini.LoadOptions{}
	if len(os.Args) > 3 && os.Args[3] == "gitea" {
		options.IgnoreContinuation = true
	}
	file, err := ini.LoadSources(options, os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	values := map[string]string{}
	for _, key := range file.Section(os.Args[2]).Keys() {
		values[key.Name()] = key.Value()
	}
	out, _ := json.Marshal(values)
	fmt.Println(string(out))
}
