import { MAX_FILES, MAX_SOURCE_BYTES, SourceFile } from '@ghostide/contracts';
import { LanguageDefinition } from '@ghostide/languages';
import { fileNameProblem } from './file-name';

/** Whether warnings (for example a Python import of subprocess) reject a run. */
export type ValidationPolicy = 'warn' | 'block';

/** Problems of one submission: errors reject it; warnings do too under the block policy. */
export interface SubmissionProblems {
  errors: string[];
  warnings: string[];
}

/**
 * Checks a submission's files for one language: total size, emptiness, file
 * names, and the language's own checks. Field paths in messages match the
 * request (`files[0].name`). This is a courtesy to users; the sandbox is the
 * security boundary.
 */
export function validateSubmission(
  language: LanguageDefinition,
  files: SourceFile[],
  policy: ValidationPolicy,
): SubmissionProblems {
  const errors: string[] = [];
  if (files.length === 0) errors.push('files must contain at least one file');
  if (files.length > MAX_FILES) errors.push(`files may contain at most ${MAX_FILES} files`);

  const totalBytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.content), 0);
  if (totalBytes > MAX_SOURCE_BYTES) {
    errors.push(`source is ${totalBytes} bytes; all files together may have at most ${MAX_SOURCE_BYTES} bytes (50 KB)`);
  }
  if (files.length > 0 && files.every((file) => file.content.trim() === '')) errors.push('code must not be empty');

  const seen = new Set<string>();
  files.forEach((file, index) => {
    const problem = fileNameProblem(file.name);
    if (problem) errors.push(`files[${index}].name "${file.name}" ${problem}`);
    if (seen.has(file.name)) errors.push(`files[${index}].name "${file.name}" is used twice`);
    seen.add(file.name);
  });
  if (files.length > 0 && !language.extensions.some((ext) => files[0].name.endsWith(ext))) {
    errors.push(`files[0].name "${files[0].name}" is the entry point and must end with ${language.extensions.join(', ')} for ${language.name}`);
  }
  // Language checks only make sense on a submission that is otherwise sound.
  if (errors.length > 0) return { errors, warnings: [] };

  const checked = language.checkSource(language.prepareFiles(files));
  const warnings = checked.warnings;
  const blocked = policy === 'block' ? warnings.map((warning) => `${warning} (blocked by policy)`) : [];
  return { errors: [...checked.errors, ...blocked], warnings };
}

/** The files of a request: `code` becomes one file with the language's default name. */
export function sourceFilesOf(language: LanguageDefinition, request: { code?: string; files?: SourceFile[] }): SourceFile[] {
  if (request.files !== undefined) return request.files;
  return [{ name: language.defaultFileName, content: request.code ?? '' }];
}
