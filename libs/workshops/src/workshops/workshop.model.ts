import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType, graphqlEnum } from '@app/common';
import { StepName } from '@app/programmes';
import { WORKSHOP_STATUSES, type WorkshopStatus as WorkflowWorkshopStatus } from '@app/workflow';

export const WorkshopStatus = graphqlEnum(WORKSHOP_STATUSES, {
  name: 'WorkshopStatus',
  description: 'PLANNED, then RUNNING while the room meets, then DONE; a planned workshop may be CANCELLED instead.',
});
export type WorkshopStatus = WorkflowWorkshopStatus;

@ObjectType({ description: "A workshop of one of a programme's steps: when and where it meets, who runs it, who comes, and its agenda." })
export class Workshop {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  programmeId: string;

  @Field(() => Int, { description: "The programme's cycle the workshop belongs to." })
  cycle: number;

  @Field(() => StepName)
  step: StepName;

  @Field()
  title: string;

  @Field()
  startsAt: Date;

  @Field({ description: 'Always after startsAt.' })
  endsAt: Date;

  @Field(() => String, { nullable: true, description: 'Where the room meets, in words.' })
  place: string | null;

  @Field(() => String, { nullable: true, description: 'The https link of an online meeting.' })
  onlineUrl: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The member who runs the workshop, usually a CONSULTANT; null once their account has been deleted (the workshop stays: updateWorkshop can name another).',
  })
  facilitatorUserId: string | null;

  @Field(() => WorkshopStatus)
  status: WorkshopStatus;

  @Field(() => ID, { nullable: true, description: 'The personal template it was planned from, if any.' })
  templateId: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'While guests may join with a code (openWorkshopJoining): when the code stops working.',
  })
  joiningOpenUntil: Date | null;

  @Field(() => Int, { description: 'Moves on with every change to the workshop, its attendees or its agenda; send it back with changes.' })
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  organisationId: string;
}

export const WorkshopConnection = ConnectionType(Workshop);

@ObjectType({ description: 'Someone expected at a workshop: a member, or a participant whose lawful basis is recorded.' })
export class WorkshopAttendee {
  @Field(() => ID)
  id: string;

  workshopId: string;

  @Field(() => ID, { nullable: true, description: 'Set for a member.' })
  userId: string | null;

  @Field(() => ID, { nullable: true, description: 'Set for a participant.' })
  participantId: string | null;
}

@ObjectType({ description: "One section of a workshop's agenda." })
export class WorkshopAgendaItem {
  @Field(() => ID)
  id: string;

  workshopId: string;

  @Field(() => Int, { description: '1, 2, 3… in agenda order.' })
  position: number;

  @Field()
  title: string;

  @Field(() => Int, { description: 'Suggested length in minutes.' })
  minutes: number;

  @Field(() => [String], { description: "Keys of the step's checklist items the section works towards." })
  checklistKeys: string[];
}
