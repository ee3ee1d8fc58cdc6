import { LanguageDefinition } from '@ghostide/languages';
import { satisfies } from 'semver';
import { semverOf } from '../toolchain-semver';
import { PistonRuntimeDto } from './dto/piston-runtime.dto';

/** Version listed while no worker has reported a language's toolchain. */
const UNKNOWN_VERSION = '0.0.0';

/** One of our languages as Piston presents it, with the language behind it. */
export interface PistonRuntime {
  info: PistonRuntimeDto;
  definition: LanguageDefinition;
  /** False while no worker has reported the toolchain: any version selector then matches. */
  versionKnown: boolean;
}

/**
 * Our languages as Piston runtimes, under Piston's names where a module gives
 * them (`piston`: c++ runs on gcc, javascript on node), else under their ids.
 * Clients look a runtime up by this exact name (piston-client's execute does). Versions are the SemVer of each toolchain a worker read from its image. */
export function pistonRuntimes(languages: readonly LanguageDefinition[], toolchainVersions: Record<string, string>): PistonRuntime[] {
  return languages.map((definition) => {
    const names = definition.piston ?? { language: definition.id };
    const version = semverOf(toolchainVersions[definition.id]);
    const info: PistonRuntimeDto = {
      language: names.language,
      version: version ?? UNKNOWN_VERSION,
      aliases: [definition.id, ...definition.aliases].filter((name) => name !== names.language),
    };
    if (names.runtime) info.runtime = names.runtime;
    return { info, definition, versionKnown: version !== undefined };
  });
}

/**
 * The runtime Piston would pick: named `language` (name or alias; any case here,
 * Piston is case-sensitive) with a version that satisfies the SemVer selector
 * (`3.11.2`, `3.x`, `*`). Each language has one version, so there is no "latest" to choose.
 */
export function findPistonRuntime(runtimes: PistonRuntime[], language: string, versionSelector: string): PistonRuntime | undefined {
  const name = language.toLowerCase();
  return runtimes.find(
    ({ info, versionKnown }) =>
      (info.language === name || info.aliases.includes(name)) && (!versionKnown || satisfies(info.version, versionSelector)),
  );
}
