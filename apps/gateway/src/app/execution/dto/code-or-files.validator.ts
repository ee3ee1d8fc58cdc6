import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';

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
