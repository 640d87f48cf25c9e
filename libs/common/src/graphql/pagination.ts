import { type Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { BadInputError } from '../errors';

export const MAX_PAGE_SIZE = 100;
/** The page a connection returns when `first` is not given. */
export const DEFAULT_PAGE_SIZE = 20;

/**
 * Paging arguments, which every paged list's own @ArgsType extends. Arguments are classes, never
 * inline `@Args('id')`, so class-validator checks each one and names the field: a query's,
 * subscription's or field's arguments are one @ArgsType in `<name>.args.ts` beside its resolver,
 * and a mutation takes one `input`, an @InputType of `<name>.inputs.ts`.
 */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `How many items to return (1 to ${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}).` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number;

  @Field({ nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay connection type for `node` (lists that can grow without bound). */
export function ConnectionType<T>(node: Type<T>, name = node.name): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: false })
  class ConnectionClass {
    @Field(() => [Edge])
    edges: Edge[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many items match, on all pages.' })
    totalCount: number;
  }
  return ConnectionClass as Type<Connection<T>>;
}

/** Cursors are opaque: a position in a stable ordering. */
export function decodeCursor(after: string | undefined): number {
  if (!after) return 0;
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(after, 'base64url').toString('utf8'));
  if (!match) throw BadInputError.field('after', 'is not a cursor this server gave out');
  return Number(match[1]);
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function pageWindow(args: PageArgs): { offset: number; limit: number } {
  return { offset: decodeCursor(args.after), limit: args.first ?? DEFAULT_PAGE_SIZE };
}

/** Builds a connection from one page of rows (ordered stably by the caller) and the total. */
export function toConnection<T>(rows: T[], totalCount: number, args: PageArgs): Connection<T> {
  const { offset } = pageWindow(args);
  const edges = rows.map((node, i) => ({ cursor: encodeCursor(offset + i + 1), node }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage: offset + rows.length < totalCount, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
