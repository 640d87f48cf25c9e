import { ConflictError, NotFoundError } from '@app/common';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

export interface VersionedKey {
  id: string;
  version: number;
  /** The tenant the row must belong to (`organisation_id`); omit only for the organisation row itself. */
  organisationId?: string;
}

/**
 * Applies `changes` only if the row is still at the version the client saw
 * (`UPDATE … WHERE id AND organisation AND version`; TypeORM's version column alone does
 * not guard this). Another organisation's row is NOT_FOUND; a stale version is CONFLICT
 * with the current one, and nothing changes.
 */
export async function updateVersioned<T extends ObjectLiteral & { version: number }>(
  em: EntityManager,
  entity: EntityTarget<T>,
  what: string,
  key: VersionedKey,
  changes: QueryDeepPartialEntity<T>,
): Promise<T> {
  const scope = key.organisationId ? ' AND organisation_id = :organisationId' : '';
  const result = await em.createQueryBuilder().update(entity).set(changes).where(`id = :id AND version = :version${scope}`, key).execute();
  const current = await em
    .getRepository(entity)
    .createQueryBuilder('row')
    .where(`row.id = :id${key.organisationId ? ' AND row.organisation_id = :organisationId' : ''}`, key)
    .getOne();
  if (!current) throw new NotFoundError(what, key.id);
  if (!result.affected) throw new ConflictError(what, current.version);
  return current;
}
