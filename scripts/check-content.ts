/**
 * Checks every guide's frontmatter and the scanner data without building the
 * site: the same schemas and messages as the build, in about a second. A
 * detector id that the scanner data does not list fails here too. Also reminds
 * maintainers of guides whose review is due (a warning, not a failure).
 * `npm run check:content`.
 */
import { readGeneralGuides, readSecretGuides } from '../src/lib/read-guides';
import { resolveSnippetParameters } from '../src/generator';
import { buildDate, reviewReminders } from '../src/lib/freshness';
import { loadScannerCatalog } from '../src/lib/scanner-data';
import { coverage, scannerLinks, SCANNERS } from '../src/lib/scanner-links';

try {
  const guides = readSecretGuides();
  for (const { file, data } of guides) resolveSnippetParameters(file, data.id, data.snippet, data.name);
  const generalGuides = readGeneralGuides();
  console.log(`${guides.length} secret guides: frontmatter and snippet parameters are valid`);
  console.log(`${generalGuides.length} general guides: frontmatter is valid`);
  const counts = coverage(scannerLinks(guides, loadScannerCatalog()));
  for (const scanner of SCANNERS) {
    const c = counts[scanner.key];
    console.log(`${scanner.name}: ${c.total} ids (${c.guide} to a guide, ${c.disambiguation} shared, ${c.generic} without a guide yet)`);
  }
  const reminders = reviewReminders(
    [...guides, ...generalGuides].map(({ file, data }) => ({ file, lastReviewed: data.lastReviewed })),
    buildDate(),
  );
  for (const reminder of reminders) console.warn(`warning: ${reminder}`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
