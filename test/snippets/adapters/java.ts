/**
 * Java: the JDK's own compiler, driven by JavacBatch.java so that every
 * program compiles in one JVM, each into its own folder. The classpath holds
 * the libraries Debian packages (Jackson, for the Vault program); the
 * sourcepath holds test/stubs/java for the SDKs it does not (AWS SDK v2).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, toolchainEnv } from '../process';
import { checkInBatch, STUBS_DIR, stubbedPackages, type CheckOutcome, type LanguageAdapter, type Program } from './adapter';

const JAVAC_BATCH = fileURLToPath(new URL('JavacBatch.java', import.meta.url));
/** Debian's libjackson2-databind-java. */
const LIBRARIES = ['jackson-databind', 'jackson-core', 'jackson-annotations'].map((jar) => `/usr/share/java/${jar}.jar`);
const STUBS = join(STUBS_DIR, 'java');
const STUBBED = stubbedPackages('java').map((path) => path.replaceAll('/', '.'));

/** The public class a program declares, which names its file and is what `java` runs. */
function className(program: Program): string {
  const name = /^public\s+(?:final\s+)?class\s+(\w+)/m.exec(program.source)?.[1];
  if (!name) throw new Error(`${program.key}: no public class found`);
  return name;
}
const file = (program: Program) => join(program.dir, `${className(program)}.java`);
const importsStub = (program: Program) =>
  STUBBED.some((pkg) => new RegExp(`^import\\s+${pkg.replaceAll('.', '\\.')}\\.\\w+;`, 'm').test(program.source));

async function compile(programs: Program[]): Promise<CheckOutcome> {
  const result = await run('java', [JAVAC_BATCH, LIBRARIES.join(':'), STUBS, ...programs.map(file)], {
    env: toolchainEnv(),
    timeoutMs: 300_000,
  });
  const ok = result.code === 0 && result.stdout.split('\n').every((line) => !line.startsWith('=== failed'));
  return { ok, output: result.stdout + result.stderr };
}

export const java: LanguageAdapter = {
  check(programs) {
    for (const program of programs) writeFileSync(file(program), program.source);
    return checkInBatch(programs, compile, (program) => (importsStub(program) ? 'compiled-against-stub' : 'compiled'));
  },
  // A short program starts about a third faster with only the quick JIT and the serial GC; neither changes behaviour.
  command: (program) => ({
    command: 'java',
    args: ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-cp', [program.dir, ...LIBRARIES].join(':'), className(program)],
  }),
};
