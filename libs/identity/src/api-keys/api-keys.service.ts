import { Injectable } from '@nestjs/common';
import { ForbiddenError, NotFoundError, type RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { HistoryService } from '@app/history';
import { API_KEY_PREFIX } from '../auth/auth.service';
import { newSecret, sha256 } from '../auth/secrets';
import { ApiKeyEntity } from './api-key.entity';
import type { CreateApiKeyInput } from './api-key.inputs';

@Injectable()
export class ApiKeysService {
  constructor(
    private readonly db: Database,
    private readonly history: HistoryService,
  ) {}

  /**
   * A key may create keys only with no more power than its own role, and those keys die with it
   * (revoking it revokes them), so a leaked key cannot outlive its revocation through its children.
   */
  async create(ctx: RequestContext, input: CreateApiKeyInput): Promise<{ apiKey: ApiKeyEntity; secret: string }> {
    return this.db.transaction(ctx, async (em) => {
      const parentKeyId = ctx.actor.kind === 'apiKey' ? ctx.actor.apiKeyId : null;
      if (parentKeyId) {
        if (POWER[input.role] > POWER[ctx.role!]) {
          throw new ForbiddenError(`An API key with the role ${ctx.role} cannot create a key with the more powerful role ${input.role}`);
        }
        // Locked, so that a revocation running now either sees the new key or stops it being made.
        const [parent] = await em.query(`SELECT revoked_at FROM api_key WHERE id = $1 FOR UPDATE`, [parentKeyId]);
        if (!parent || parent.revoked_at) throw new ForbiddenError('This API key has been revoked');
      }
      const secret = newSecret(API_KEY_PREFIX);
      const keys = this.db.tenant(ctx, ApiKeyEntity);
      const apiKey = await keys.save(
        keys.create({
          name: input.name.trim(),
          role: input.role,
          prefix: secret.slice(0, 12),
          secretHash: sha256(secret),
          createdBy: ctx.userIdOrNull,
          parentKeyId,
          lastUsedAt: null,
          revokedAt: null,
        }),
      );
      await this.history.record(ctx, { type: 'API_KEY_CREATED', payload: { apiKeyId: apiKey.id, name: apiKey.name, role: apiKey.role } });
      return { apiKey, secret };
    });
  }

  list(ctx: RequestContext): Promise<ApiKeyEntity[]> {
    return this.db.tenant(ctx, ApiKeyEntity).find({ order: { createdAt: 'DESC' } });
  }

  /** Revokes the key and every key created from it, however deep, in one transaction. */
  async revoke(ctx: RequestContext, apiKeyId: string): Promise<ApiKeyEntity> {
    return this.db.transaction(ctx, async (em) => {
      const [locked] = await em.query(`SELECT id FROM api_key WHERE id = $1 AND organisation_id = $2 FOR UPDATE`, [apiKeyId, ctx.tenantId]);
      if (!locked) throw new NotFoundError('API key', apiKeyId);
      const [revoked] = (await em.query(
        `WITH RECURSIVE family AS (
           SELECT id FROM api_key WHERE id = $1
           UNION SELECT k.id FROM api_key k JOIN family f ON k.parent_key_id = f.id
         )
         UPDATE api_key SET revoked_at = now() WHERE id IN (SELECT id FROM family) AND revoked_at IS NULL AND organisation_id = $2
         RETURNING id`,
        [apiKeyId, ctx.tenantId],
      )) as [Array<{ id: string }>, number]; // for UPDATE, query() answers [rows, rowCount]
      for (const { id } of revoked) {
        await this.history.record(ctx, {
          type: 'API_KEY_REVOKED',
          payload: id === apiKeyId ? { apiKeyId: id } : { apiKeyId: id, withParentKeyId: apiKeyId },
        });
      }
      return this.db.tenant(ctx, ApiKeyEntity).get({ id: apiKeyId }, 'API key');
    });
  }
}

/** How much a role may do: a key may create keys up to its own. */
const POWER: Record<Role, number> = {
  [Role.VIEWER]: 0,
  [Role.CONTRIBUTOR]: 1,
  [Role.CONSULTANT]: 2,
  [Role.PROGRAMME_MANAGER]: 3,
  [Role.ADMIN]: 4,
};
