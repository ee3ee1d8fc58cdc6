/**
 * npm run new-language -- <id> [--package <debian packages>] [--from <parent image>]
 *
 * Scaffolds a language: libs/languages/src/lib/<id>/<id>.language.ts (an interpreted
 * language's module, every program still to write), dockerfiles/<id>.Dockerfile, and the
 * registry line. Then: fill in the module, build the image, run the conformance suite.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { WORKSPACE_ROOT } from '@ghostide/service-processes';
import { constantOf, LANGUAGES_DIR, languageFolders, renderRegistryFile } from './registry-file';

const ID_PATTERN = /^[a-z][a-z0-9-]*$/;

export interface NewLanguageOptions {
  id: string;
  /** Debian packages the Dockerfile installs; the id if not given. */
  packages: string[];
  /** The sandbox image it builds on: base, or a language's (java for a JVM language). */
  from: string;
}

export function renderModule({ id }: NewLanguageOptions): string {
  const name = constantOf(id);
  return `import { defineLanguage } from '../language-definition';

// Scaffolded by npm run new-language: replace every TODO, then run the conformance suite:
//   CONFORMANCE_LANGUAGES=${id} npx nx run gateway:integration --testPathPatterns=conformance
// A compiled language adds compile: ({ files }) => [...] and conformance.compileError (see cpp/).
export const ${name} = defineLanguage({
  id: '${id}',
  name: 'TODO: the name shown in the playground',
  aliases: [],
  extensions: ['.TODO'],
  defaultFileName: 'main.TODO',
  // Its first non-empty line, with the version in it, is the version the API reports.
  versionCommand: ['TODO', '--version'],
  limits: { defaultTimeoutS: 10, maxTimeoutS: 30, defaultMemoryMb: 128, compileTimeoutS: 0 },
  run: ({ files, args }) => ['TODO', files[0].name, ...args],
  sample: 'TODO: prints exactly "Hello, world!" and a newline\\n',
  // What each program must do is said in ConformancePrograms (language-definition.ts).
  conformance: {
    echoStdin: 'TODO',
    printArgs: 'TODO',
    exitThree: 'TODO',
    crash: 'TODO',
    infiniteLoop: 'TODO',
    memoryBomb: 'TODO',
    outputFlood: 'TODO',
  },
});
`;
}

export function renderDockerfile({ packages, from }: NewLanguageOptions): string {
  return `FROM ghostide-sandbox-${from}
USER root
RUN apt-get update \\
 && apt-get install -y --no-install-recommends ${packages.join(' ')} \\
 && rm -rf /var/lib/apt/lists/*
USER 10001:10001
`;
}

/** Checks the options, then writes the module, the Dockerfile and all-languages.ts; returns the paths written. */
export function scaffoldLanguage(options: NewLanguageOptions, root = WORKSPACE_ROOT, languagesDir = LANGUAGES_DIR): string[] {
  const { id, from } = options;
  if (!ID_PATTERN.test(id)) throw new Error(`the id "${id}" must match ${ID_PATTERN} (lower case, digits, hyphens)`);
  const folder = join(languagesDir, id);
  const dockerfile = join(root, 'dockerfiles', `${id}.Dockerfile`);
  if (existsSync(folder)) throw new Error(`${folder} exists already`);
  if (existsSync(dockerfile)) throw new Error(`${dockerfile} exists already`);
  if (from !== 'base' && !existsSync(join(root, 'dockerfiles', `${from}.Dockerfile`))) {
    throw new Error(`--from ${from}: there is no dockerfiles/${from}.Dockerfile to build on`);
  }
  mkdirSync(folder);
  const module = join(folder, `${id}.language.ts`);
  writeFileSync(module, renderModule(options));
  writeFileSync(dockerfile, renderDockerfile(options));
  const registry = join(languagesDir, 'all-languages.ts');
  writeFileSync(registry, renderRegistryFile(languageFolders(languagesDir)));
  return [module, dockerfile, registry];
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { package: { type: 'string' }, from: { type: 'string', default: 'base' } },
  });
  if (positionals.length !== 1) {
    throw new Error('usage: npm run new-language -- <id> [--package "<debian packages>"] [--from <parent image, e.g. java>]');
  }
  const [id] = positionals;
  const packages = (values.package ?? id).split(/[\s,]+/).filter(Boolean);
  const written = scaffoldLanguage({ id, packages, from: values.from ?? 'base' });
  console.log(`wrote:\n${written.map((path) => `  ${path.slice(WORKSPACE_ROOT.length + 1)}`).join('\n')}`);
  console.log(`next: fill in the module's TODOs, then
  npm run setup -- --languages ${id}
  CONFORMANCE_LANGUAGES=${id} npx nx run gateway:integration --testPathPatterns=conformance
  npm run languages:table`);
}

if (require.main === module) {
  try {
    main();
  } catch (err) {
    console.error(`new-language: ${(err as Error).message}`);
    process.exit(1);
  }
}
