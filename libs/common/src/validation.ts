import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { getMetadataStorage, type MetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
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
  rememberValidationRules(getMetadataStorage());
  return new ArgumentValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new BadInputError(problems(errors)),
  });
}

/**
 * Makes class-validator remember a class's rules between validations. It looks them up at every
 * validation (Nest's pipe once more for nested binary values), scanning every class that has
 * rules for the ones it inherits from: about 3% of a dashboard request's CPU (bench/dashboard,
 * profiled). The rules change only as classes are declared, which adds them: every addition
 * forgets what was remembered. Look-ups by schema or by group are not remembered.
 */
export function rememberValidationRules(storage: MetadataStorage): void {
  const lookUp = storage.getTargetValidationMetadatas as MetadataStorage['getTargetValidationMetadatas'] & { remembers?: true };
  if (lookUp.remembers) return;
  let known = new Map<object, Map<string, ValidationMetadata[]>>();
  const remembered: MetadataStorage['getTargetValidationMetadatas'] = function (
    this: MetadataStorage,
    target,
    schema,
    always,
    strictGroups,
    groups,
  ) {
    if (schema != null || (groups && groups.length > 0) || typeof target !== 'function') {
      return lookUp.call(this, target, schema, always, strictGroups, groups);
    }
    const options = `${always}:${strictGroups}:${schema === null}`;
    let byOptions = known.get(target);
    if (!byOptions) known.set(target, (byOptions = new Map()));
    let rules = byOptions.get(options);
    if (!rules) byOptions.set(options, (rules = lookUp.call(this, target, schema, always, strictGroups, groups)));
    return rules;
  };
  storage.getTargetValidationMetadatas = Object.assign(remembered, { remembers: true as const });
  const forget = <A extends unknown[]>(add: (...args: A) => void) =>
    function (this: MetadataStorage, ...args: A) {
      known = new Map();
      return add.apply(this, args);
    };
  storage.addValidationMetadata = forget(storage.addValidationMetadata);
  storage.addConstraintMetadata = forget(storage.addConstraintMetadata);
  storage.addValidationSchema = forget(storage.addValidationSchema);
}

/** The fields a client actually set: absent and null optional fields mean "leave as it is". */
export function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;
}
