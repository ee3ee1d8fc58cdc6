import { LanguageRegistry } from '@ghostide/languages';
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
