import { SourceFile } from '@ghostide/contracts';
import { LanguageRegistry } from '@ghostide/languages';
import { sourceFilesOf, validateSubmission } from '@ghostide/validation';
import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';

/** The registry is pure data, so the decorator may hold its own instance. */
const registry = new LanguageRegistry();

/** A language id or alias the service supports, any case. */
export function IsSupportedLanguage(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isSupportedLanguage',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && registry.find(value) !== undefined,
        defaultMessage: (args: ValidationArguments) =>
          `language ${JSON.stringify(args.value)} is not supported; use one of: ${registry.names().join(', ')}`,
      },
    });
}

/** Exactly one of `code` and `files` is given (API.md, ExecutionRequest). */
export function IsExactlyOneOfCodeOrFiles(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isExactlyOneOfCodeOrFiles',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (_: unknown, args: ValidationArguments) => {
          const request = args.object as { code?: unknown; files?: unknown };
          return (request.code === undefined) !== (request.files === undefined);
        },
        defaultMessage: () => 'exactly one of code or files must be given',
      },
    });
}

/**
 * The submission's own problems (size, empty code, file names, language checks),
 * checked with the other fields so that one 400 names them all. Skipped while the
 * language or the code/files shape is wrong: those have their own messages.
 * Policy-dependent warnings are the service's concern, not this check's.
 */
export function IsValidSubmission(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isValidSubmission',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (_: unknown, args: ValidationArguments) => submissionErrors(args.object).length === 0,
        defaultMessage: (args: ValidationArguments) => submissionErrors(args.object).join('; '),
      },
    });
}

function submissionErrors(request: { language?: unknown; code?: unknown; files?: unknown }): string[] {
  const language = typeof request.language === 'string' ? registry.find(request.language) : undefined;
  const wellFormedFiles =
    Array.isArray(request.files) &&
    request.files.every((file: Partial<SourceFile> | null) => typeof file?.name === 'string' && typeof file?.content === 'string');
  const wellFormed = (typeof request.code === 'string' && request.files === undefined) || (request.code === undefined && wellFormedFiles);
  if (!language || !wellFormed) return [];
  return validateSubmission(language, sourceFilesOf(language, request as { code?: string; files?: SourceFile[] }), 'warn').errors;
}
