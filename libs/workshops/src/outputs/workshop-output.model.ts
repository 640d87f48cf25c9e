import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@app/common';
import {
  WORKSHOP_CONVERSION_KINDS,
  WORKSHOP_OUTPUT_KINDS,
  type WorkshopConversionKind as WorkflowConversionKind,
  type WorkshopOutputKind as WorkflowOutputKind,
} from '@app/workflow';

export const WorkshopOutputKind = graphqlEnum(WORKSHOP_OUTPUT_KINDS, {
  name: 'WorkshopOutputKind',
  description: 'What the room produced: a NOTE, a DECISION, an ACTION to take, an INITIATIVE heard of, a PRIORITY or a RISK.',
});
export type WorkshopOutputKind = WorkflowOutputKind;

export const WorkshopConversionKind = graphqlEnum(WORKSHOP_CONVERSION_KINDS, {
  name: 'WorkshopConversionKind',
  description: 'The record an output became: a TASK, an INITIATIVE, a PRIORITY_AREA, or a CHECKLIST_TICK (the checklist item ticked).',
});
export type WorkshopConversionKind = WorkflowConversionKind;

@ObjectType({ description: 'Something a workshop produced, captured in the room, and what it became once converted.' })
export class WorkshopOutput {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  workshopId: string;

  @Field(() => Int, { description: '1, 2, 3… in the order captured.' })
  position: number;

  @Field(() => WorkshopOutputKind)
  kind: WorkshopOutputKind;

  @Field()
  text: string;

  @Field(() => ID, { nullable: true, description: 'The agenda section it came from, if any.' })
  agendaItemId: string | null;

  @Field(() => ID, { nullable: true, description: 'Who captured it; null when an integration or a guest in the room did.' })
  createdBy: string | null;

  /** The guest who added it from the room, if one did (their name is `guestName`). */
  guestId: string | null;

  @Field(() => WorkshopConversionKind, { nullable: true, description: 'What it became; null while it is only captured.' })
  convertedKind: WorkshopConversionKind | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The id of the task, initiative or priority area it became, or of the checklist item it ticked.',
  })
  convertedId: string | null;

  @Field(() => Date, { nullable: true })
  convertedAt: Date | null;

  @Field(() => Int, { description: 'Send it back with every change; a stale one answers CONFLICT.' })
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}
