import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { WORKSPACE_ROOT } from '@ghostide/service-processes';

/** Where the language folders and their registry file live. */
export const LANGUAGES_DIR = join(WORKSPACE_ROOT, 'libs/languages/src/lib');
export const REGISTRY_FILE = join(LANGUAGES_DIR, 'all-languages.ts');

/** The languages of API.md, listed first. */
const FIRST = ['python', 'javascript', 'java', 'cpp'];

/** The language folders: <id>/<id>.language.ts. */
export function languageFolders(dir = LANGUAGES_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, `${entry.name}.language.ts`)))
    .map((entry) => entry.name)
    .sort();
}

/** The module's exported constant: objective-c exports objectiveC. */
export function constantOf(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}

/** all-languages.ts for these folders: sorted imports; the four of API.md first, then by id. */
export function renderRegistryFile(ids: string[]): string {
  const imports = [
    ...ids.map((id) => ({ from: `./${id}/${id}.language`, line: `import { ${constantOf(id)} } from './${id}/${id}.language';` })),
    { from: './language-definition', line: "import { LanguageDefinition } from './language-definition';" },
  ].sort((a, b) => a.from.localeCompare(b.from));
  const order = [...FIRST.filter((id) => ids.includes(id)), ...ids.filter((id) => !FIRST.includes(id))];
  return [
    '// Written by `npm run new-language` from the folders beside it (tools/languages/registry-file.ts).',
    ...imports.map((entry) => entry.line),
    '',
    '/** Every supported language, the four of API.md first. */',
    'export const ALL_LANGUAGES: readonly LanguageDefinition[] = [',
    ...order.map((id) => `  ${constantOf(id)},`),
    '];',
    '',
  ].join('\n');
}
