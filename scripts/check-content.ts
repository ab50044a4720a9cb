/**
 * Checks every guide's frontmatter without building the site: the same schema
 * and messages as the build, in about a second. `npm run check:content`.
 */
import { readGeneralGuides, readSecretGuides } from '../src/lib/read-guides';
import { resolveSnippetParameters } from '../src/generator';

try {
  const guides = readSecretGuides();
  for (const { file, data } of guides) resolveSnippetParameters(file, data.id, data.snippet, data.name);
  console.log(`${guides.length} secret guides: frontmatter and snippet parameters are valid`);
  console.log(`${readGeneralGuides().length} general guides: frontmatter is valid`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
