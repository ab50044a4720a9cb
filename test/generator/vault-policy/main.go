// Parses Vault ACL policies the way Vault does (vault/policy.go, ParseACLPolicy):
// HashiCorp's HCL v1 parser, only "path" blocks at the root, and each block
// decoded into its capabilities. Prints, per file given as an argument, the
// rules it found as JSON, or the parser's error. Built in GOPATH mode against
// Debian's golang-github-hashicorp-hcl-dev.
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/hashicorp/hcl"
	"github.com/hashicorp/hcl/hcl/ast"
)

type rule struct {
	Path         string   `json:"path"`
	Capabilities []string `json:"capabilities" hcl:"capabilities"`
}

type result struct {
	Rules []rule `json:"rules,omitempty"`
	Error string `json:"error,omitempty"`
}

func parse(text string) ([]rule, error) {
	root, err := hcl.Parse(text)
	if err != nil {
		return nil, err
	}
	list, ok := root.Node.(*ast.ObjectList)
	if !ok {
		return nil, fmt.Errorf("policy does not contain a root object")
	}
	var rules []rule
	for _, item := range list.Items {
		if len(item.Keys) == 0 || item.Keys[0].Token.Value() != "path" {
			return nil, fmt.Errorf("invalid key at line %d: only path blocks", item.Pos().Line)
		}
		if len(item.Keys) != 2 {
			return nil, fmt.Errorf("path block at line %d has no path", item.Pos().Line)
		}
		path, ok := item.Keys[1].Token.Value().(string)
		if !ok {
			return nil, fmt.Errorf("path at line %d is not a string", item.Pos().Line)
		}
		r := rule{Path: path}
		if err := hcl.DecodeObject(&r, item.Val); err != nil {
			return nil, err
		}
		r.Path = path
		rules = append(rules, r)
	}
	return rules, nil
}

func main() {
	results := map[string]result{}
	for _, file := range os.Args[1:] {
		text, err := os.ReadFile(file)
		if err != nil {
			results[file] = result{Error: err.Error()}
			continue
		}
		rules, err := parse(string(text))
		if err != nil {
			results[file] = result{Error: err.Error()}
			continue
		}
		results[file] = result{Rules: rules}
	}
	if err := json.NewEncoder(os.Stdout).Encode(results); err != nil {
		os.Exit(1)
	}
}
