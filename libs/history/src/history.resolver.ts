import { Args, Query, Resolver } from '@nestjs/graphql';
import { Action, Can, type Connection, Ctx, RequestContext, toConnection } from '@app/common';
import { HistoryArgs, HistoryEvent, HistoryEventConnection, toHistoryEvent } from './event.model';
import { HistoryService } from './history.service';

@Resolver(() => HistoryEvent)
export class HistoryResolver {
  constructor(private readonly events: HistoryService) {}

  @Query(() => HistoryEventConnection, { description: "The organisation's history, newest first." })
  @Can(Action.READ)
  async history(@Ctx() ctx: RequestContext, @Args() args: HistoryArgs): Promise<Connection<HistoryEvent>> {
    const [rows, total] = await this.events.page(ctx, args);
    return toConnection(rows.map(toHistoryEvent), total, args);
  }
}
