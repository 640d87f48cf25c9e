import { type EnumOptions, registerEnumType } from '@nestjs/graphql';

/**
 * A list's values keyed by themselves, e.g. { MAP: 'MAP', FOCUS: 'FOCUS', … }. Each member is
 * typed as the whole union, as a TypeScript enum's member is, so `step = StepName.MAP` may later hold any step.
 */
export type EnumOf<V extends string> = { readonly [K in V]: V };

/**
 * Registers a GraphQL enum whose values are a list written once elsewhere (in libs/workflow
 * for the lifecycles, steps and kinds), so a value added to the list reaches the schema without
 * a second edit. Returns the object fields are declared with (`@Field(() => PilotStatus)`) and
 * inputs validated with (`@IsEnum(PilotStatus)`); `PilotStatus.SCALE` reads as 'SCALE'.
 * Declare the type beside it from the list: `export type PilotStatus = WorkflowPilotStatus`.
 */
export function graphqlEnum<V extends string>(values: readonly V[], options: EnumOptions<EnumOf<V>>): EnumOf<V> {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as EnumOf<V>;
  registerEnumType(enumObject, options);
  return enumObject;
}
