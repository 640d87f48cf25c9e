import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { StepName } from '@app/programmes';

@ObjectType({ description: 'A section of a personal workshop template.' })
export class WorkshopTemplateSection {
  @Field()
  title: string;

  @Field(() => Int)
  minutes: number;

  @Field(() => [String])
  checklistKeys: string[];
}

@ObjectType({
  description:
    "A workshop template its owner keeps for themselves and reuses in every organisation they serve; it holds no organisation's data. Planning a workshop from it copies it into the organisation.",
})
export class WorkshopTemplate {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => StepName)
  step: StepName;

  @Field(() => [WorkshopTemplateSection])
  sections: WorkshopTemplateSection[];

  @Field(() => Int)
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}
