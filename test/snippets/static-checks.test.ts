import { describe, expect, it } from 'vitest';
import { resolveSnippetParameters } from '../../src/generator';
import { unsafeCode } from './static-checks';

const context = resolveSnippetParameters('(test)', 'stripe-secret-key', { label: 'Stripe secret key' });

describe('unsafeCode', () => {
  it('accepts a program that prints only the length, even when the label says "secret"', () => {
    const python = 'secret = get_stripe_secret_key()\nprint(f"Stripe secret key loaded ({len(secret)} characters)")\n';
    const go = 'secret, err := getStripeSecretKey(ctx)\nfmt.Printf("Stripe secret key loaded (%d characters)\\n", len(secret))\n';
    const java = 'String secret = getStripeSecretKey();\nSystem.out.println("Stripe secret key loaded (" + secret.length() + " characters)");\n';
    for (const source of [python, go, java]) expect(unsafeCode(source, context)).toEqual([]);
  });

  it('flags a printed secret, switched-off TLS and non-ASCII text', () => {
    expect(unsafeCode('value = get_stripe_secret_key()\nprint(value)\n', context)).toEqual([
      'line 2 prints the secret variable "value": print(value)',
    ]);
    expect(unsafeCode('const s = await getStripeSecretKey();\nconsole.error(`got ${s}`);\n', context)).toHaveLength(1);
    expect(unsafeCode('s = get_stripe_secret_key\nputs s\nhttp.verify_mode = OpenSSL::SSL::VERIFY_NONE\n', context)).toHaveLength(2);
    expect(unsafeCode('s = get_stripe_secret_key()\n# Löschen\n', context)).toEqual(['line 2 has a non-ASCII character']);
  });

  it('fails a program whose getter result it cannot follow', () => {
    expect(unsafeCode('print(len(get_stripe_secret_key()))\n', context)).toHaveLength(1);
  });
});
