import DataLoader from 'dataloader';
import type { GqlContext } from './context';

/**
 * A per-request DataLoader named `name`: related records load in one query per field and
 * request instead of one per parent (no N+1).
 */
export function loaderFor<K, V, C = K>(
  gql: GqlContext,
  name: string,
  batch: (keys: readonly K[]) => Promise<ReadonlyArray<V | null>>,
  cacheKey?: (key: K) => C,
): DataLoader<K, V | null, C> {
  let loader = gql.loaders.get(name) as DataLoader<K, V | null, C> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V | null, C>(batch, { maxBatchSize: 1000, cacheKeyFn: cacheKey });
    gql.loaders.set(name, loader);
  }
  return loader;
}

/** Orders `rows` by `keys`, with null where a key has no row. */
export function alignByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): Array<V | null> {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Groups `rows` under each key (empty array where none). */
export function groupByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key)!);
}
