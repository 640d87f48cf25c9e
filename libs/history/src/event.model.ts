import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, JSONObjectScalar } from '@app/common';
import type { EventEntity } from './event.entity';
import { EVENT_CATALOGUE, EVENT_KIND_DESCRIPTIONS, EVENT_TYPES, EventKind, kindOf } from './event-catalogue';

export enum ActorType {
  USER = 'USER',
  API_KEY = 'API_KEY',
  SYSTEM = 'SYSTEM',
  PUBLIC = 'PUBLIC',
}
registerEnumType(ActorType, {
  name: 'ActorType',
  description: 'Who made a change: a person, an integration, the server, or the public through a link.',
});

registerEnumType(EventKind, {
  name: 'HistoryEventKind',
  description: 'What sort of change a history event is; `historyEventTypes` lists the types of each.',
  valuesMap: Object.fromEntries(Object.entries(EVENT_KIND_DESCRIPTIONS).map(([kind, description]) => [kind, { description }])),
});

@ObjectType({ description: 'One change in the history.' })
export class HistoryEvent {
  @Field(() => ID)
  id: string;

  @Field({ description: 'What happened, e.g. MEMBER_ROLE_CHANGED; `historyEventTypes` lists every type.' })
  type: string;

  @Field(() => EventKind, { description: 'What sort of change it is: a move, a decision, evidence, an edit…' })
  kind: EventKind;

  @Field(() => ID, { nullable: true })
  programmeId: string | null;

  @Field(() => Int, { nullable: true, description: "Position in the programme's history." })
  sequence: number | null;

  @Field(() => ActorType)
  actorType: ActorType;

  @Field(() => ID, { nullable: true })
  actorUserId: string | null;

  @Field(() => String, { nullable: true, description: 'The API key that made the change, by name.' })
  actorApiKeyName: string | null;

  @Field(() => JSONObjectScalar, { description: 'Ids and values of the change; never personal data.' })
  payload: Record<string, unknown>;

  @Field()
  occurredAt: Date;
}

export const HistoryEventConnection = ConnectionType(HistoryEvent);

@ObjectType({ description: 'One type of history event, as the catalogue defines it.' })
export class HistoryEventTypeInfo {
  @Field()
  type: string;

  @Field(() => EventKind)
  kind: EventKind;

  @Field()
  description: string;
}

/** The catalogue as the API shows it, in the catalogue's order. */
export function historyEventTypes(): HistoryEventTypeInfo[] {
  return EVENT_TYPES.map((type) => ({ type, ...EVENT_CATALOGUE[type] }));
}

export function toHistoryEvent(row: EventEntity): HistoryEvent {
  return {
    id: row.id,
    type: row.type,
    kind: kindOf(row.type),
    programmeId: row.programmeId,
    sequence: row.sequence,
    actorType: row.actorType as ActorType,
    actorUserId: row.actorUserId,
    actorApiKeyName: row.actorName,
    payload: row.payload,
    occurredAt: row.occurredAt,
  };
}
