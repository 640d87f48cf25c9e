import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Action, Can, Ctx, OutsideTransaction, type RequestContext } from '@app/common';
import { UpdateOidcConfigurationInput } from './oidc-configuration.inputs';
import { OidcConfiguration } from './oidc-configuration.model';
import { SingleSignOnService } from './single-sign-on.service';

@Resolver()
export class SingleSignOnResolver {
  constructor(private readonly singleSignOn: SingleSignOnService) {}

  @Query(() => OidcConfiguration, {
    nullable: true,
    description:
      "The organisation's single sign-on with its OpenID Connect provider (ADMINs); null until it is set. The client secret is never answered.",
  })
  @Can(Action.MANAGE_MEMBERS)
  oidcConfiguration(@Ctx() ctx: RequestContext): Promise<OidcConfiguration | null> {
    return this.singleSignOn.configuration(ctx);
  }

  @Mutation(() => OidcConfiguration, {
    description:
      "Sets the organisation's single sign-on (a signed-in ADMIN, never an API key). While it is on, the provider is asked for its discovery document first. Turning password sign-in off takes someone signed in with the provider right now.",
  })
  @Can(Action.MANAGE_MEMBERS)
  @OutsideTransaction()
  updateOidcConfiguration(@Ctx() ctx: RequestContext, @Args('input') input: UpdateOidcConfigurationInput): Promise<OidcConfiguration> {
    return this.singleSignOn.update(ctx, input);
  }
}
