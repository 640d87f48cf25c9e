import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';

@ArgsType()
export class PriorityAreaArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a priority area id' })
  id: string;
}

@ArgsType()
export class PriorityAreasArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a programme id' })
  programmeId: string;

  @Field({ nullable: true, description: 'Only the areas chosen for piloting (true), or only the others (false).' })
  @IsOptional()
  @IsBoolean()
  selected?: boolean;
}
