/**
 * Regenerates content/scanners/<scanner>.json from the scanner's own file, read from a path or a URL:
 *
 *   npm run update:scanners -- gitleaks https://github.com/gitleaks/gitleaks/blob/<commit>/config/gitleaks.toml
 *   npm run update:scanners -- trufflehog ./detector_type.proto --commit <commit>
 *   npm run update:scanners -- github <github/docs URL of public-docs.yml at a commit>
 *
 * The result is checked with the same schema as the build before it is written. Then run `npm run check:content`
 * (a guide may list an id that is gone), build, and `npm run permalinks` for the new /go/ pages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { FrontmatterError } from '../src/lib/frontmatter';
import { readScannerData, SCANNER_DATA_FOLDER, scannerCatalog } from '../src/lib/scanner-data';
import { SCANNERS, type ScannerKey } from '../src/lib/scanner-links';
import { githubFromYaml, gitleaksFromToml, originOf, trufflehogFromProto } from '../src/lib/scanner-upstream';

export async function updateScanner(scanner: ScannerKey, input: string, commit: string | undefined, root = process.cwd()): Promise<string> {
  const origin = originOf(scanner, input, commit);
  let text: string;
  if (origin.download) {
    const response = await fetch(origin.download);
    if (!response.ok) throw new Error(`${origin.download}: HTTP ${response.status}`);
    text = await response.text();
  } else {
    text = readFileSync(input, 'utf8');
  }
  const previous = readScannerData(root);
  const data =
    scanner === 'gitleaks'
      ? gitleaksFromToml(text, origin)
      : scanner === 'trufflehog'
        ? trufflehogFromProto(text, origin, previous.trufflehog)
        : githubFromYaml(text, origin, previous.github);
  const file = join(SCANNER_DATA_FOLDER, `${SCANNERS.find((s) => s.key === scanner)!.dataName}.json`);
  const before = readFileSync(join(root, file), 'utf8');
  writeFileSync(join(root, file), `${JSON.stringify(data, null, 2)}\n`);
  try {
    const ids = scannerCatalog(readScannerData(root)).ids[scanner].length;
    return `${file}: ${ids} ids from ${origin.source}`;
  } catch (error) {
    writeFileSync(join(root, file), before); // never leave a file the build would reject
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { commit: { type: 'string' } } });
  const [scanner, input] = positionals;
  const keys = SCANNERS.map((s) => s.key);
  if (!scanner || !keys.includes(scanner as ScannerKey) || !input) {
    console.error(`Usage: npm run update:scanners -- <${keys.join('|')}> <path or URL> [--commit <upstream commit>]`);
    process.exit(2);
  }
  updateScanner(scanner as ScannerKey, input, values.commit).then(
    (summary) => console.log(summary),
    (error: Error) => {
      console.error(error instanceof FrontmatterError ? error.message : `update:scanners: ${error.message}`);
      process.exit(1);
    },
  );
}
