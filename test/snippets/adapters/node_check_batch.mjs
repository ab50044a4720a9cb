// What `node --check FILE.mjs` checks, for many files in one Node process, so a catalog of snippets pays for one Node
// start-up instead of one per program: each file is parsed as an ES module, and nothing runs.
//
// Usage: node --experimental-vm-modules --no-warnings node_check_batch.mjs FILE...
// Prints, for each file, a line "=== ok FILE" or "=== failed FILE" followed by the syntax error.
import { readFileSync } from 'node:fs';
import { SourceTextModule } from 'node:vm';

for (const file of process.argv.slice(2)) {
  try {
    new SourceTextModule(readFileSync(file, 'utf8'), { identifier: file });
    console.log(`=== ok ${file}`);
  } catch (error) {
    console.log(`=== failed ${file}`);
    console.log(error instanceof Error ? `${file}: ${error.name}: ${error.message}` : String(error));
  }
}
