import { LanguageInfo } from '@ghostide/contracts';
import { ALL_LANGUAGES } from './all-languages';
import { LanguageDefinition } from './language-definition';

/** Looks languages up by id or alias, case-insensitively. */
export class LanguageRegistry {
  private readonly byName = new Map<string, LanguageDefinition>();

  constructor(readonly languages: readonly LanguageDefinition[] = ALL_LANGUAGES) {
    for (const language of languages) {
      for (const name of [language.id, ...language.aliases]) {
        const taken = this.byName.get(name);
        if (taken) {
          throw new Error(
            `Language name "${name}" of "${language.id}" is already used by "${taken.id}": give each id and alias to one language only`,
          );
        }
        this.byName.set(name, language);
      }
    }
  }

  /** The language with this id or alias, any case; undefined when unknown. */
  find(idOrAlias: string): LanguageDefinition | undefined {
    return this.byName.get(idOrAlias.trim().toLowerCase());
  }

  /** Ids and aliases, for error messages that list what is accepted. */
  names(): string[] {
    return [...this.byName.keys()];
  }
}

/**
 * The API's view of a language; its version comes from a worker that read it
 * from the image, undefined while no live worker has the image (not installed).
 */
export function toLanguageInfo(language: LanguageDefinition, version: string | undefined): LanguageInfo {
  return {
    id: language.id,
    name: language.name,
    version: version ?? 'unknown',
    aliases: language.aliases,
    extensions: language.extensions,
    compiled: language.compile !== undefined,
    default_timeout: language.limits.defaultTimeoutS,
    max_timeout: language.limits.maxTimeoutS,
    default_memory_limit_mb: language.limits.defaultMemoryMb,
    installed: version !== undefined,
    sample: language.sample,
  };
}
