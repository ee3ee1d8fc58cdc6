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
 * Programs the conformance suite (apps/gateway/test/conformance.int-spec.ts) runs
 * in every language; each does exactly what its name says. A language is
 * registered only when all of them behave.
 */
export interface ConformancePrograms {
  /** Reads one line of stdin and prints "got <line>"; the suite sends UTF-8. */
  echoStdin: string;
  /** Prints its command-line arguments joined by "|". */
  printArgs: string;
  /** Prints "bye", then exits with code 3. */
  exitThree: string;
  /** Fails at run time (an uncaught exception, a crash): status runtime_error. */
  crash: string;
  /** Computes without end. */
  infiniteLoop: string;
  /** Allocates and touches memory without end. */
  memoryBomb: string;
  /** Writes to stdout without end. */
  outputFlood: string;
  /** Does not compile; compiled languages only. */
  compileError?: string;
  /**
   * Where the language has programs of several files: the entry file first, using
   * something of another file; prints "sum 5". Undefined where it has not.
   */
  multiFile?: SourceFile[];
}

/** The language's ids in Judge0 CE, named as Judge0 names them: "Python (3.8.1)". */
export interface Judge0Names {
  /** Judge0 CE ids of this language; the first is the one its runs report when not created through Judge0. */
  ids: number[];
  /** Judge0's name without the version: "Python", "C++". */
  name: string;
  /** Before the version in the name: "Node.js " gives "JavaScript (Node.js 20.19.2)". */
  toolchain?: string;
}

/** The language's name in Piston (piston/packages) where it differs from our id. */
export interface PistonNames {
  language: string;
  runtime?: string;
}

/**
 * Everything the service knows about one language. Adding a language means
 * one folder with the module that calls defineLanguage, and one Dockerfile.
 */
export interface LanguageDefinition {
  id: string;
  name: string;
  aliases: string[];
  extensions: string[];
  /** Docker image the sandbox runs: ghostide-sandbox-<dockerfile>, built from dockerfiles/<dockerfile>.Dockerfile. */
  image: string;
  /** Name of the Dockerfile (without .Dockerfile) the image is built from; the id unless languages share an image. */
  dockerfile: string;
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
  /** Prints exactly "Hello, world!" and a newline: the playground's starting program and the conformance suite's hello. */
  sample: string;
  conformance: ConformancePrograms;
  /** Where Judge0 CE has the language. */
  judge0?: Judge0Names;
  /** Where Piston names the language otherwise than our id. */
  piston?: PistonNames;
}

/** The fields a language module writes; the rest is derived. */
export type LanguageSpec = Omit<LanguageDefinition, 'image' | 'dockerfile' | 'prepareFiles' | 'checkSource'> &
  Partial<Pick<LanguageDefinition, 'dockerfile' | 'prepareFiles' | 'checkSource'>>;

const ID_PATTERN = /^[a-z][a-z0-9-]*$/;

/** Image built from dockerfiles/<dockerfile>.Dockerfile: `ghostide-sandbox-<dockerfile>`. */
export function sandboxImageFor(dockerfile: string): string {
  return `ghostide-sandbox-${dockerfile}`;
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
  if (spec.compile && !spec.conformance.compileError) problems.push('conformance.compileError is missing (the language compiles)');
  if (!spec.compile && spec.conformance.compileError) problems.push('conformance.compileError is set but the language has no compile stage');
  if (!spec.sample.trim()) problems.push('sample is empty');
  if (spec.dockerfile !== undefined && !ID_PATTERN.test(spec.dockerfile)) problems.push(`dockerfile "${spec.dockerfile}" must match ${ID_PATTERN}`);
  if (problems.length > 0) {
    throw new Error(`Language "${spec.id}" is invalid: ${problems.join('; ')}`);
  }
  return {
    prepareFiles: (files) => files,
    checkSource: () => ({ errors: [], warnings: [] }),
    ...spec,
    aliases: spec.aliases.map((alias) => alias.toLowerCase()),
    dockerfile: spec.dockerfile ?? spec.id,
    image: sandboxImageFor(spec.dockerfile ?? spec.id),
  };
}
