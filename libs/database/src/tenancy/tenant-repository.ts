import { NotFoundError, type RequestContext } from '@app/common';
import type {
  DeepPartial,
  EntityManager,
  EntityTarget,
  FindManyOptions,
  FindOptionsWhere,
  ObjectLiteral,
  Repository,
  SelectQueryBuilder,
} from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { OrganisationOwned } from './tenant-record';

type Where<T> = FindOptionsWhere<T> | FindOptionsWhere<T>[];

/**
 * The one way services reach an organisation's rows through TypeORM: every read is filtered to
 * the request's organisation and every write stamped with it, so a forgotten filter cannot
 * happen (row-level security stands behind it in the database). Hand-written SQL filters by
 * `organisation_id` itself, which also lets the planner use the organisation indexes.
 */
export class TenantRepository<T extends OrganisationOwned & ObjectLiteral> {
  constructor(
    private readonly repository: Repository<T>,
    readonly organisationId: string,
  ) {}

  /** `where` (an object, or a list of alternatives) narrowed to the organisation. */
  scope(where: Where<T> = {}): Where<T> {
    const own = { organisationId: this.organisationId } as FindOptionsWhere<T>;
    return Array.isArray(where) ? where.map((w) => ({ ...w, ...own })) : { ...where, ...own };
  }

  find(options: FindManyOptions<T> = {}): Promise<T[]> {
    return this.repository.find({ ...options, where: this.scope(options.where as Where<T>) });
  }

  findAndCount(options: FindManyOptions<T> = {}): Promise<[T[], number]> {
    return this.repository.findAndCount({ ...options, where: this.scope(options.where as Where<T>) });
  }

  findBy(where: Where<T>): Promise<T[]> {
    return this.repository.findBy(this.scope(where));
  }

  findOneBy(where: Where<T>): Promise<T | null> {
    return this.repository.findOneBy(this.scope(where));
  }

  /** The row, or NOT_FOUND naming `what` (another organisation's id is not found either). */
  async get(where: Where<T> & { id?: unknown }, what: string): Promise<T> {
    const row = await this.findOneBy(where);
    if (!row) throw new NotFoundError(what, String((where as { id?: unknown }).id ?? ''));
    return row;
  }

  existsBy(where: Where<T>): Promise<boolean> {
    return this.repository.existsBy(this.scope(where));
  }

  countBy(where: Where<T> = {}): Promise<number> {
    return this.repository.countBy(this.scope(where));
  }

  /** A new entity of the organisation (not yet saved). */
  create(values: DeepPartial<T>): T {
    return this.repository.create({ ...values, organisationId: this.organisationId } as DeepPartial<T>);
  }

  save(entity: T): Promise<T>;
  save(entities: T[]): Promise<T[]>;
  save(entity: T | T[]): Promise<T | T[]> {
    const rows = Array.isArray(entity) ? entity : [entity];
    for (const row of rows) row.organisationId = this.organisationId;
    return this.repository.save(rows).then((saved) => (Array.isArray(entity) ? saved : saved[0]));
  }

  async insert(values: DeepPartial<T> | DeepPartial<T>[]): Promise<void> {
    const rows = (Array.isArray(values) ? values : [values]).map((v) => ({ ...v, organisationId: this.organisationId }));
    await this.repository.insert(rows as QueryDeepPartialEntity<T>[]);
  }

  /** Changes the organisation's rows matching `where`; answers how many changed. */
  async update(where: Where<T>, changes: QueryDeepPartialEntity<T>): Promise<number> {
    return (await this.repository.update(this.scope(where) as FindOptionsWhere<T>, changes)).affected ?? 0;
  }

  async delete(where: Where<T>): Promise<number> {
    return (await this.repository.delete(this.scope(where) as FindOptionsWhere<T>)).affected ?? 0;
  }

  /**
   * A query builder already narrowed to the organisation. Its `where` adds to that condition
   * rather than replacing it, so a builder handed on cannot lose the filter.
   */
  queryBuilder(alias: string): SelectQueryBuilder<T> {
    const builder = this.repository
      .createQueryBuilder(alias)
      .where(`${alias}.organisation_id = :tenantOrganisationId`, { tenantOrganisationId: this.organisationId });
    builder.where = builder.andWhere.bind(builder);
    return builder;
  }
}

/** The organisation's rows of `entity` through `manager` (the request's transaction, or the data source). */
export function tenantRepository<T extends OrganisationOwned & ObjectLiteral>(
  manager: EntityManager,
  ctx: RequestContext,
  entity: EntityTarget<T>,
): TenantRepository<T> {
  return new TenantRepository(manager.getRepository(entity), ctx.tenantId);
}
