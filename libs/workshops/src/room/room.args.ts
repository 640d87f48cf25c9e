import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString, IsUUID, Length } from 'class-validator';

@ArgsType()
export class GuestRoomArgs {
  @Field({ description: 'The pass joinWorkshop gave.' })
  @IsString()
  @Length(20, 100, { message: 'must be the pass you were given on joining' })
  pass: string;
}

@ArgsType()
export class WorkshopRoomArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a workshop id' })
  workshopId: string;
}
