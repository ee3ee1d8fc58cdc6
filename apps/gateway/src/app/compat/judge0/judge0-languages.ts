import { LanguageDefinition } from '@ghostide/languages';
import { semverOf } from '../toolchain-semver';

/** A Judge0 language id of one of ours, named as Judge0 CE names its languages: "Python (3.8.1)". */
interface Judge0LanguageEntry {
  id: number;
  languageId: string;
  name: string;
  /** Before the version in the name: "Node.js " gives "JavaScript (Node.js 20.19.2)". */
  toolchain: string;
}

/**
 * Judge0 CE's ids for our languages. judge0-python looks ids up in its table for
 * the version GET /about reports (src/judge0/data.py, "1.13.1": PYTHON 71,
 * JAVASCRIPT 63, JAVA 62, CPP 52) and checks them against GET /languages; 54 is
 * C++ (GCC 9.2.0), the id most other clients send. The first id of a language is
 * the one its runs report when they were not created through Judge0.
 * A language missing here is not served by the Judge0 API.
 */
const JUDGE0_LANGUAGES: Judge0LanguageEntry[] = [
  { id: 71, languageId: 'python', name: 'Python', toolchain: '' },
  { id: 63, languageId: 'javascript', name: 'JavaScript', toolchain: 'Node.js ' },
  { id: 62, languageId: 'java', name: 'Java', toolchain: 'OpenJDK ' },
  { id: 54, languageId: 'cpp', name: 'C++', toolchain: 'GCC ' },
  { id: 52, languageId: 'cpp', name: 'C++', toolchain: 'GCC ' },
];

/** The Judge0 version whose language ids these are, which GET /about reports. */
export const JUDGE0_VERSION = '1.13.1';

/** One Judge0 language: its id, its name with the toolchain's version, and our language behind it. */
export interface Judge0Language {
  id: number;
  name: string;
  definition: LanguageDefinition;
}

/** Every Judge0 id we serve, by name as Judge0 orders them, then by id. */
export function judge0Languages(languages: readonly LanguageDefinition[], toolchainVersions: Record<string, string>): Judge0Language[] {
  return JUDGE0_LANGUAGES.flatMap((entry) => {
    const definition = languages.find((language) => language.id === entry.languageId);
    if (!definition) return [];
    const version = semverOf(toolchainVersions[definition.id]);
    return [{ id: entry.id, name: version ? `${entry.name} (${entry.toolchain}${version})` : entry.name, definition }];
  }).sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
}

/** The Judge0 id runs of this language report when they were not created through Judge0; null when it has none. */
export function primaryJudge0Id(languageId: string): number | null {
  return JUDGE0_LANGUAGES.find((entry) => entry.languageId === languageId)?.id ?? null;
}
