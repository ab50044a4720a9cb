/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by a secret guide page for the check-usage section rendered from its MDX body. */
    validityCheck?: { check: import('./schemas/secret').VerifyCheck; envVar: string } | undefined;
  }
}
