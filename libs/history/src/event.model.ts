import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType, JSONObjectScalar, PageArgs } from '@app/common';

export enum ActorType {
  USER = 'USER',
  API_KEY = 'API_KEY',
  SYSTEM = 'SYSTEM',
  PUBLIC = 'PUBLIC',
}
registerEnumType(ActorType, { name: 'ActorType', description: 'Who made a change: a person, an integration, the server, or the public through a link.' });

@ObjectType({ description: 'One change in the history.' })
export class HistoryEvent {
  @Field(() => ID)
  id: string;

  @Field({ description: 'What happened, e.g. MEMBER_ROLE_CHANGED.' })
  type: string;

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

@ArgsType()
export class HistoryArgs extends PageArgs {}

export function toHistoryEvent(row: import('./event.entity').EventEntity): HistoryEvent {
  return {
    id: row.id,
    type: row.type,
    programmeId: row.programmeId,
    sequence: row.sequence,
    actorType: row.actorType as ActorType,
    actorUserId: row.actorUserId,
    actorApiKeyName: row.actorName,
    payload: row.payload,
    occurredAt: row.occurredAt,
  };
}
