import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { BadInputError, type FieldProblem } from './errors';

function problems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? (/^\d+$/.test(error.property) ? `${parent}[${error.property}]` : `${parent}.${error.property}`) : error.property;
    // class-validator's own messages start with the property's name; the field already says it.
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.startsWith(`${error.property} `) ? message.slice(error.property.length + 1) : message,
    }));
    return [...own, ...problems(error.children ?? [], field)];
  });
}

/**
 * Validates every argument and input with class-validator; a failure is one BAD_USER_INPUT
 * error naming each field at fault and why (rather than Nest's "Bad Request Exception").
 */
class ArgumentValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return await super.transform(value, metadata);
    } catch (error) {
      // Name fields from the argument down, e.g. `input.email`, as a client wrote them.
      if (error instanceof BadInputError && metadata.data) {
        throw new BadInputError(error.problems.map((p) => ({ ...p, field: `${metadata.data}.${p.field}` })));
      }
      throw error;
    }
  }
}

export function createValidationPipe(): ValidationPipe {
  return new ArgumentValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new BadInputError(problems(errors)),
  });
}

/** The fields a client actually set: absent and null optional fields mean "leave as it is". */
export function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;
}
