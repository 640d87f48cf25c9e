import { Scalar, type CustomScalar } from '@nestjs/graphql';
import { ValidateBy } from 'class-validator';
import { GraphQLError, Kind, type ValueNode } from 'graphql';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE.exec(value);
  if (!match) return false;
  const [y, m, d] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Validates an input field as a calendar date written YYYY-MM-DD that exists (no 30 February). */
export const IsLocalDate = () =>
  ValidateBy({ name: 'isLocalDate', validator: { validate: isLocalDate, defaultMessage: () => 'must be a date written YYYY-MM-DD' } });

function parse(value: unknown): string {
  if (!isLocalDate(value)) {
    throw new GraphQLError(`must be a calendar date written YYYY-MM-DD (got ${JSON.stringify(value)})`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** A calendar date, `YYYY-MM-DD`, kept as a string end to end so it never shifts by a time zone. */
@Scalar('LocalDate', () => LocalDateScalar)
export class LocalDateScalar implements CustomScalar<string, string> {
  description = 'A calendar date written YYYY-MM-DD, without a time or time zone.';

  parseValue(value: unknown): string {
    return parse(value);
  }

  serialize(value: unknown): string {
    return String(value);
  }

  parseLiteral(ast: ValueNode): string {
    return parse(ast.kind === Kind.STRING ? ast.value : undefined);
  }
}

function jsonValue(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.LIST:
      return ast.values.map(jsonValue);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, jsonValue(f.value)]));
    default:
      return null;
  }
}

/** A JSON object, for event payloads whose shape depends on the event type. */
@Scalar('JSONObject', () => JSONObjectScalar)
export class JSONObjectScalar implements CustomScalar<object, object> {
  description = 'A JSON object; its shape depends on the field that holds it.';

  parseValue(value: unknown): object {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new GraphQLError('must be a JSON object', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return value;
  }

  serialize(value: unknown): object {
    return value as object;
  }

  parseLiteral(ast: ValueNode): object {
    return this.parseValue(jsonValue(ast));
  }
}
