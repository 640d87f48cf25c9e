import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Action, Can, Ctx, RequestContext } from '@app/common';
import { CreateApiKeyInput, RevokeApiKeyInput } from './api-key.inputs';
import { ApiKey, IssuedApiKey } from './api-key.model';
import { ApiKeysService } from './api-keys.service';

@Resolver(() => ApiKey)
export class ApiKeysResolver {
  constructor(private readonly keys: ApiKeysService) {}

  @Query(() => [ApiKey], { description: "The organisation's API keys, newest first (ADMIN)." })
  @Can(Action.MANAGE_MEMBERS)
  apiKeys(@Ctx() ctx: RequestContext): Promise<ApiKey[]> {
    return this.keys.list(ctx);
  }

  @Mutation(() => IssuedApiKey)
  @Can(Action.MANAGE_MEMBERS)
  createApiKey(@Ctx() ctx: RequestContext, @Args('input') input: CreateApiKeyInput): Promise<IssuedApiKey> {
    return this.keys.create(ctx, input);
  }

  @Mutation(() => ApiKey, { description: 'Revokes a key at once; requests with it are refused from then on.' })
  @Can(Action.MANAGE_MEMBERS)
  revokeApiKey(@Ctx() ctx: RequestContext, @Args('input') input: RevokeApiKeyInput): Promise<ApiKey> {
    return this.keys.revoke(ctx, input.apiKeyId);
  }
}
