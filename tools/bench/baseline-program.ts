import { LanguageRegistry } from '@ghostide/languages';
import { BaselineProgram } from '@ghostide/sandbox/bench';

const languages = new LanguageRegistry();

/**
 * A program exactly as the worker would build it from a request with this
 * code: the language's image, default memory limit, files and stage commands.
 */
export function baselineProgram(languageId: string, code: string): BaselineProgram {
  const language = languages.find(languageId);
  if (!language) throw new Error(`unknown language ${languageId}`);
  const files = language.prepareFiles([{ name: language.defaultFileName, content: code }]);
  const context = { files, args: [] };
  return {
    image: language.image,
    memoryMb: language.limits.defaultMemoryMb,
    files: files.map((file) => ({ path: file.name, content: file.content })),
    compile: language.compile ? { argv: language.compile(context), timeoutMs: language.limits.compileTimeoutS * 1000 } : undefined,
    run: { argv: language.run(context), timeoutMs: language.limits.defaultTimeoutS * 1000 },
  };
}
