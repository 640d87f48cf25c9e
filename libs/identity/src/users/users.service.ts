import { Injectable } from '@nestjs/common';
import type { RequestContext } from '@app/common';
import { Database } from '@app/database';
import { UserEntity } from './user.entity';

@Injectable()
export class UsersService {
  constructor(private readonly db: Database) {}

  get(ctx: RequestContext, id: string): Promise<UserEntity | null> {
    return this.db.repo(ctx, UserEntity).findOneBy({ id });
  }

  /** Users who share the caller's organisation only: never a way to look up strangers. */
  async membersByIds(ctx: RequestContext, ids: readonly string[]): Promise<UserEntity[]> {
    const organisationId = ctx.tenantId;
    // `IN ()` is not SQL: no ids, nobody.
    if (!ids.length) return [];
    return this.db
      .repo(ctx, UserEntity)
      .createQueryBuilder('u')
      .innerJoin('membership', 'm', 'm.user_id = u.id AND m.organisation_id = :organisationId', { organisationId })
      .where('u.id IN (:...ids)', { ids })
      .getMany();
  }
}
