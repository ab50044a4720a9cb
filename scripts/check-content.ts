/**
 * Checks every guide's frontmatter without building the site: the same schema
 * and messages as the build, in about a second. `npm run check:content`.
 * Also reminds maintainers of guides whose review is due (a warning, not a failure).
 */
import { readGeneralGuides, readSecretGuides } from '../src/lib/read-guides';
import { resolveSnippetParameters } from '../src/generator';
import { buildDate, reviewReminders } from '../src/lib/freshness';

try {
  const guides = readSecretGuides();
  for (const { file, data } of guides) resolveSnippetParameters(file, data.id, data.snippet, data.name);
  const generalGuides = readGeneralGuides();
  console.log(`${guides.length} secret guides: frontmatter and snippet parameters are valid`);
  console.log(`${generalGuides.length} general guides: frontmatter is valid`);
  const reminders = reviewReminders(
    [...guides, ...generalGuides].map(({ file, data }) => ({ file, lastReviewed: data.lastReviewed })),
    buildDate(),
  );
  for (const reminder of reminders) console.warn(`warning: ${reminder}`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
