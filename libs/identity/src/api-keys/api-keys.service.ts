import { Injectable } from '@nestjs/common';
import { NotFoundError, type RequestContext } from '@app/common';
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

  async create(ctx: RequestContext, input: CreateApiKeyInput): Promise<{ apiKey: ApiKeyEntity; secret: string }> {
    return this.db.transaction(ctx, async (em) => {
      const secret = newSecret(API_KEY_PREFIX);
      const repo = em.getRepository(ApiKeyEntity);
      const apiKey = await repo.save(
        repo.create({
          organisationId: ctx.tenantId,
          name: input.name.trim(),
          role: input.role,
          prefix: secret.slice(0, 12),
          secretHash: sha256(secret),
          createdBy: ctx.userIdOrNull,
          lastUsedAt: null,
          revokedAt: null,
        }),
      );
      await this.history.record(ctx, { type: 'API_KEY_CREATED', payload: { apiKeyId: apiKey.id, name: apiKey.name, role: apiKey.role } });
      return { apiKey, secret };
    });
  }

  list(ctx: RequestContext): Promise<ApiKeyEntity[]> {
    return this.db.repo(ctx, ApiKeyEntity).find({ where: { organisationId: ctx.tenantId }, order: { createdAt: 'DESC' } });
  }

  async revoke(ctx: RequestContext, apiKeyId: string): Promise<ApiKeyEntity> {
    return this.db.transaction(ctx, async (em) => {
      const repo = em.getRepository(ApiKeyEntity);
      const apiKey = await repo.findOneBy({ id: apiKeyId, organisationId: ctx.tenantId });
      if (!apiKey) throw new NotFoundError('API key', apiKeyId);
      if (!apiKey.revokedAt) {
        apiKey.revokedAt = new Date();
        await repo.save(apiKey);
        await this.history.record(ctx, { type: 'API_KEY_REVOKED', payload: { apiKeyId } });
      }
      return apiKey;
    });
  }
}
