/**
 * Checks every guide's frontmatter and the scanner data without building the
 * site: the same schemas and messages as the build, in about a second. A
 * detector id that the scanner data does not list fails here too.
 * `npm run check:content`.
 */
import { readGeneralGuides, readSecretGuides } from '../src/lib/read-guides';
import { resolveSnippetParameters } from '../src/generator';
import { loadScannerCatalog } from '../src/lib/scanner-data';
import { coverage, scannerLinks, SCANNERS } from '../src/lib/scanner-links';

try {
  const guides = readSecretGuides();
  for (const { file, data } of guides) resolveSnippetParameters(file, data.id, data.snippet, data.name);
  console.log(`${guides.length} secret guides: frontmatter and snippet parameters are valid`);
  console.log(`${readGeneralGuides().length} general guides: frontmatter is valid`);
  const counts = coverage(scannerLinks(guides, loadScannerCatalog()));
  for (const scanner of SCANNERS) {
    const c = counts[scanner.key];
    console.log(`${scanner.name}: ${c.total} ids (${c.guide} to a guide, ${c.disambiguation} shared, ${c.generic} without a guide yet)`);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
