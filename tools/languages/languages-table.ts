/**
 * npm run languages:table: writes README.md's table of languages from the registry,
 * with each toolchain's version read from its image (needs the images: npm run setup --
 * --languages all). languages-table.spec.ts checks every other column stays true.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { LanguageDefinition, LanguageRegistry, toolchainVersionFrom } from '@ghostide/languages';
import { WORKSPACE_ROOT } from '@ghostide/service-processes';
import { writeReportSection } from '../report-section';

export const README = join(WORKSPACE_ROOT, 'README.md');
export const TABLE_SECTION = 'languages';

/** The table, one row per language in registry order; versions by language id. */
export function renderLanguageTable(languages: readonly LanguageDefinition[], versions: Record<string, string>): string {
  const code = (texts: string[]) => texts.map((text) => `\`${text}\``).join(' ');
  return [
    '| language | id | aliases | files | compiled | version | Judge0 ids | image |',
    '|---|---|---|---|---|---|---|---|',
    ...languages.map((language) =>
      [
        language.name,
        code([language.id]),
        code(language.aliases),
        code(language.extensions),
        language.compile ? 'yes' : '',
        versions[language.id] ?? 'not read yet',
        language.judge0?.ids.join(', ') ?? '',
        language.dockerfile,
      ].join(' | '),
    ).map((row) => `| ${row} |`),
  ].join('\n');
}

/** The versions of the table in README.md, by language id (the check keeps them as they are). */
export function versionsInReadme(readme: string): Record<string, string> {
  const versions: Record<string, string> = {};
  for (const line of readme.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const id = /^`([a-z][a-z0-9-]*)`$/.exec(cells[2] ?? '')?.[1];
    if (id && cells.length === 10) versions[id] = cells[6];
  }
  return versions;
}

/** Runs the language's versionCommand in its image, as the worker does at start. */
function readVersion(language: LanguageDefinition): string {
  const [command, ...args] = language.versionCommand;
  // The sandbox's mounts: a workspace of the sandbox user's own, a /tmp.
  const dockerArgs = ['run', '--rm', '--network', 'none', '--read-only', '--tmpfs', '/workspace:exec,uid=10001,gid=10001,mode=0700', '--tmpfs', '/tmp:mode=1777', '--entrypoint', command, language.image, ...args];
  const result = spawnSync('docker', dockerArgs, { encoding: 'utf8', timeout: 60_000 });
  const version = toolchainVersionFrom(result.stdout ?? '', result.stderr ?? '');
  if (result.error || version === 'unknown' || /Unable to find image|No such image/.test(version)) {
    throw new Error(`cannot read the version of ${language.id} in ${language.image} (built? npm run setup -- --languages all): ${result.error?.message ?? version}`);
  }
  return version;
}

function main(): void {
  const languages = new LanguageRegistry().languages;
  const versions: Record<string, string> = {};
  for (const language of languages) {
    versions[language.id] = readVersion(language);
    console.log(`${language.id}: ${versions[language.id]}`);
  }
  writeReportSection(README, TABLE_SECTION, renderLanguageTable(languages, versions));
  console.log(`wrote the table of ${languages.length} languages into README.md`);
}

if (require.main === module) {
  try {
    main();
  } catch (err) {
    console.error(`languages:table: ${(err as Error).message}`);
    process.exit(1);
  }
}

