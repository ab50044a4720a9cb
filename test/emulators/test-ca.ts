// A throwaway certificate authority made with openssl at test time: the
// emulators serve TLS with leaf certificates it issues, and programs trust it
// only through the variable their platform reads (VAULT_CACERT,
// CONJUR_CERT_FILE, AWS_CA_BUNDLE...). Nothing outlives the test process.
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isIP } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const OPENSSL = '/usr/bin/openssl';
const EC_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];

export interface TestCa {
  /** The CA certificate (PEM), the file a program is told to trust. */
  caFile: string;
  /** Issues a server certificate for DNS names and IP addresses, valid one day. */
  issue(names: string[]): Promise<{ key: Buffer; cert: Buffer }>;
  remove(): Promise<void>;
}

// Don't leave key material behind if the test process exits without remove():
// one exit listener for every CA still alive, however many run at once.
const alive = new Set<string>();
let listening = false;
function removeOnExit(dir: string): void {
  alive.add(dir);
  if (listening) return;
  listening = true;
  process.once('exit', () => {
    for (const left of alive) rmSync(left, { recursive: true, force: true });
  });
}

export async function createTestCa(): Promise<TestCa> {
  const dir = await mkdtemp(join(tmpdir(), 'leakfix-test-ca-'));
  removeOnExit(dir);
  const p = (file: string) => join(dir, file);
  await run(OPENSSL, [
    'req', '-x509', ...EC_KEY, '-keyout', p('ca.key'), '-out', p('ca.pem'), '-days', '1',
    '-subj', '/CN=leakfix test CA (throwaway)',
    '-addext', 'basicConstraints=critical,CA:TRUE',
    '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  let issued = 0;
  return {
    caFile: p('ca.pem'),
    async issue(names) {
      const leaf = (ext: string) => p(`leaf-${issued}.${ext}`);
      issued++;
      await run(OPENSSL, ['req', '-new', ...EC_KEY, '-keyout', leaf('key'), '-out', leaf('csr'), '-subj', `/CN=${names[0]}`]);
      // Key identifiers matter: Python's strict X.509 checking wants an AKI on the leaf.
      await writeFile(leaf('ext'), [
        'basicConstraints=critical,CA:FALSE',
        'keyUsage=critical,digitalSignature',
        'extendedKeyUsage=serverAuth',
        `subjectAltName=${names.map((name) => (isIP(name) ? `IP:${name}` : `DNS:${name}`)).join(',')}`,
        'subjectKeyIdentifier=hash',
        'authorityKeyIdentifier=keyid:always',
        '',
      ].join('\n'));
      await run(OPENSSL, [
        'x509', '-req', '-in', leaf('csr'), '-CA', p('ca.pem'), '-CAkey', p('ca.key'), '-CAcreateserial',
        '-out', leaf('pem'), '-days', '1', '-sha256', '-extfile', leaf('ext'),
      ]);
      return { key: await readFile(leaf('key')), cert: await readFile(leaf('pem')) };
    },
    async remove() {
      alive.delete(dir);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
