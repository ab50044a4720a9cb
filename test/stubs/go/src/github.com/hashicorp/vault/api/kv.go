// This stub mirrors the signatures of the real github.com/hashicorp/vault/api
// package, for compile checks of the Leakfix snippets only.
package api

import (
	"context"
	"time"
)

// KVSecret mirrors the real KVSecret (kv.go).
type KVSecret struct {
	Data            map[string]interface{}
	VersionMetadata *KVVersionMetadata
	CustomMetadata  map[string]interface{}
	Raw             *Secret
}

// KVVersionMetadata mirrors the real KVVersionMetadata (kv_v2.go).
type KVVersionMetadata struct {
	Version      int
	CreatedTime  time.Time
	DeletionTime time.Time
	Destroyed    bool
}

// Secret mirrors the real Secret (secret.go); the snippets never read KVSecret.Raw, so its fields are left out.
type Secret struct{}

// KVv2 mirrors the real KVv2 (kv_v2.go).
type KVv2 struct{}

// KVv2 mirrors the real (*Client).KVv2 (kv.go).
func (c *Client) KVv2(mountPath string) *KVv2 { panic(stubOnly) }

// Get mirrors the real (*KVv2).Get (kv_v2.go).
func (kv *KVv2) Get(ctx context.Context, secretPath string) (*KVSecret, error) { panic(stubOnly) }
