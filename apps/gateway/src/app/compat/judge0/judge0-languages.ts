import { LanguageDefinition } from '@ghostide/languages';
import { semverOf } from '../toolchain-semver';

/** The Judge0 version whose language ids these are, which GET /about reports. */
export const JUDGE0_VERSION = '1.13.1';

/** One Judge0 language: its id, its name with the toolchain's version, and our language behind it. */
export interface Judge0Language {
  id: number;
  name: string;
  definition: LanguageDefinition;
}

/**
 * Every Judge0 id we serve (each language module's `judge0`), by name as Judge0
 * orders them, then by id. A language without Judge0 ids is not served by the Judge0 API.
 */
export function judge0Languages(languages: readonly LanguageDefinition[], toolchainVersions: Record<string, string>): Judge0Language[] {
  return languages
    .flatMap((definition) => {
      if (!definition.judge0) return [];
      const { ids, name, toolchain = '' } = definition.judge0;
      const version = semverOf(toolchainVersions[definition.id]);
      return ids.map((id) => ({ id, name: version ? `${name} (${toolchain}${version})` : name, definition }));
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
}

/** The Judge0 id runs of this language report when they were not created through Judge0; null when it has none. */
export function primaryJudge0Id(language: LanguageDefinition | undefined): number | null {
  return language?.judge0?.ids[0] ?? null;
}
