import { SourceFile } from '@ghostide/contracts';

/** Problems found in a submission's source: errors reject it, warnings only inform. */
export interface SourceCheck {
  errors: string[];
  warnings: string[];
}

/** What a language's commands are built from. */
export interface CommandContext {
  /** The submission's files, as they will be written to the workspace. */
  files: SourceFile[];
  /** Command-line arguments of the program (run stage only). */
  args: string[];
}

/** Default and maximum limits of a language. */
export interface LanguageLimits {
  defaultTimeoutS: number;
  maxTimeoutS: number;
  defaultMemoryMb: number;
  /** Wall-clock limit of the compile stage. */
  compileTimeoutS: number;
}

/**
 * Everything the service knows about one language. Adding a language means
 * one module that calls defineLanguage and one dockerfiles/<id>.Dockerfile.
 */
export interface LanguageDefinition {
  id: string;
  name: string;
  aliases: string[];
  extensions: string[];
  /** Docker image the sandbox runs; derived from the id. */
  image: string;
  /** Name of the entry file when a request sends `code` instead of `files`. */
  defaultFileName: string;
  /** Printed by the toolchain; run once per image at worker start. */
  versionCommand: string[];
  limits: LanguageLimits;
  /** Renames files where the toolchain insists (Java: file named after its public class). */
  prepareFiles: (files: SourceFile[]) => SourceFile[];
  /** Compile stage, for compiled languages only. */
  compile?: (context: CommandContext) => string[];
  /** Run stage. */
  run: (context: CommandContext) => string[];
  /** Language-specific checks; the sandbox, not this, is the security boundary. */
  checkSource: (files: SourceFile[]) => SourceCheck;
  /** stderr of a failed run that means the program ran out of memory inside its own limits. */
  outOfMemoryPattern?: RegExp;
}

/** The fields a language module writes; the rest is derived. */
export type LanguageSpec = Omit<LanguageDefinition, 'image' | 'prepareFiles' | 'checkSource'> &
  Partial<Pick<LanguageDefinition, 'prepareFiles' | 'checkSource'>>;

const ID_PATTERN = /^[a-z][a-z0-9-]*$/;

/** Image name of a language: `ghostide-sandbox-<id>`, built from dockerfiles/<id>.Dockerfile. */
export function sandboxImageFor(languageId: string): string {
  return `ghostide-sandbox-${languageId}`;
}

/**
 * A file name as a compiler argument, `./name`: never read as an option, even
 * if a name starting with "-" or "@" got past validation.
 */
export function asRelativePath(name: string): string {
  return `./${name}`;
}

/** Checks a language module's shape and fills in the derived fields. */
export function defineLanguage(spec: LanguageSpec): LanguageDefinition {
  const problems: string[] = [];
  if (!ID_PATTERN.test(spec.id)) problems.push(`id "${spec.id}" must match ${ID_PATTERN}`);
  if (!spec.name) problems.push('name is empty');
  if (spec.extensions.length === 0) problems.push('extensions is empty');
  if (spec.versionCommand.length === 0) problems.push('versionCommand is empty');
  const { defaultTimeoutS, maxTimeoutS, defaultMemoryMb, compileTimeoutS } = spec.limits;
  if (!(defaultTimeoutS > 0 && defaultTimeoutS <= maxTimeoutS)) problems.push('limits need 0 < defaultTimeoutS <= maxTimeoutS');
  if (!(defaultMemoryMb > 0)) problems.push('limits.defaultMemoryMb must be positive');
  if (spec.compile && !(compileTimeoutS > 0)) problems.push('limits.compileTimeoutS must be positive');
  if (problems.length > 0) {
    throw new Error(`Language "${spec.id}" is invalid: ${problems.join('; ')}`);
  }
  return {
    prepareFiles: (files) => files,
    checkSource: () => ({ errors: [], warnings: [] }),
    ...spec,
    aliases: spec.aliases.map((alias) => alias.toLowerCase()),
    image: sandboxImageFor(spec.id),
  };
}
