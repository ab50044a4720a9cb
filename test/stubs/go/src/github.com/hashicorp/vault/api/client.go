// This stub mirrors the signatures of the real github.com/hashicorp/vault/api
// package, for compile checks of the Leakfix snippets only: it holds just the
// surface they use, and every function panics if a program ever runs it.
package api

import "time"

// Config mirrors the real Config in the two fields the snippets use.
type Config struct {
	// Error is set when DefaultConfig could not read the environment (VAULT_CACERT...).
	Error error
	// Timeout bounds each request.
	Timeout time.Duration
}

// Client mirrors the real Client.
type Client struct{}

// DefaultConfig mirrors the real DefaultConfig, which reads VAULT_ADDR and friends.
func DefaultConfig() *Config { panic(stubOnly) }

// NewClient mirrors the real NewClient, which reads VAULT_TOKEN.
func NewClient(c *Config) (*Client, error) { panic(stubOnly) }

// SetToken mirrors the real (*Client).SetToken.
func (c *Client) SetToken(v string) { panic(stubOnly) }

const stubOnly = "compile-check stub of github.com/hashicorp/vault/api: build against the real package to run"
