import { Args, Context, Query, Resolver, Subscription } from '@nestjs/graphql';
import { Action, Can, type Connection, Ctx, type GqlContext, MembershipCheck, RequestContext, toConnection } from '@app/common';
import { HistoryEvent, HistoryEventConnection, HistoryEventTypeInfo, historyEventTypes, toHistoryEvent } from './event.model';
import { HistoryArgs } from './history.args';
import type { EventEntity } from './event.entity';
import { HistoryService } from './history.service';
import { LiveEvents } from './live-events';

@Resolver(() => HistoryEvent)
export class HistoryResolver {
  constructor(
    private readonly events: HistoryService,
    private readonly live: LiveEvents,
    private readonly membership: MembershipCheck,
  ) {}

  @Query(() => HistoryEventConnection, { description: "The organisation's history, newest first; filter by kind, type and time." })
  @Can(Action.READ)
  async history(@Ctx() ctx: RequestContext, @Args() args: HistoryArgs): Promise<Connection<HistoryEvent>> {
    const [rows, total] = await this.events.page(ctx, args);
    return toConnection(rows.map(toHistoryEvent), total, args);
  }

  @Query(() => [HistoryEventTypeInfo], {
    description: 'Every type of history event with its kind and meaning: the catalogue that history, journeys and live events use.',
  })
  @Can(Action.READ)
  historyEventTypes(): HistoryEventTypeInfo[] {
    return historyEventTypes();
  }

  @Subscription(() => HistoryEvent, {
    description: "The organisation's changes as they commit (graphql-ws; credentials in connectionParams).",
    resolve: (event: EventEntity) => toHistoryEvent(event),
  })
  @Can(Action.READ)
  historyEvents(@Ctx() ctx: RequestContext, @Context() gql: GqlContext): AsyncIterable<EventEntity> {
    const organisationId = ctx.tenantId;
    // Membership is checked again for every event: a removed member or revoked key hears no more.
    return this.live.stream(organisationId, () => this.membership.stillMember(gql.credentials, organisationId));
  }
}
