// This stub mirrors the signatures of the real github.com/hashicorp/vault/api
// package, for compile checks of the Leakfix snippets only: it holds just the
// surface they use, and every function panics if a program ever runs it.
package api

// Config mirrors the real Config; the snippets only pass it through, so none of its many fields are copied.
type Config struct{}

// Client mirrors the real Client.
type Client struct{}

// DefaultConfig mirrors the real DefaultConfig, which reads VAULT_ADDR and friends.
func DefaultConfig() *Config { panic(stubOnly) }

// NewClient mirrors the real NewClient, which reads VAULT_TOKEN.
func NewClient(c *Config) (*Client, error) { panic(stubOnly) }

const stubOnly = "compile-check stub of github.com/hashicorp/vault/api: build against the real package to run"
