import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  GUEST_NAME_MAX_LENGTH,
  VOTE_DOTS_MAX,
  VOTE_OPTION_LABEL_MAX_LENGTH,
  VOTE_OPTIONS_MAX,
  VOTE_OPTIONS_MIN,
  VOTE_QUESTION_MAX_LENGTH,
  WORKSHOP_OUTPUT_TEXT_MAX_LENGTH,
} from '@app/workflow';

const NOT_BLANK = { message: 'must not be blank' };
const PASS = { message: 'must be the pass you were given on joining' };
const VERSION = [{ message: 'must be a whole number' }, { message: 'must be at least 1' }] as const;

@InputType({ description: 'Opens (or renews) joining: a new code replaces any earlier one; guests already in stay.' })
export class WorkshopJoiningInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a workshop id' })
  workshopId: string;
}

@InputType({ description: 'Joins a running workshop as a guest, with the code the room shows.' })
export class JoinWorkshopInput {
  @Field({ description: 'As shown: ABCDE-FGHJK (case, spaces and dashes do not matter).' })
  @IsString()
  @Length(1, 40, { message: 'must be the 10-character code the room shows' })
  code: string;

  @Field({ description: 'What the room will call you: a first name or a nickname is enough.' })
  @IsString()
  @Matches(/^$|\S/, NOT_BLANK)
  @Length(1, GUEST_NAME_MAX_LENGTH, { message: `must be 1 to ${GUEST_NAME_MAX_LENGTH} characters long` })
  displayName: string;
}

@InputType()
export class GuestNoteInput {
  @Field()
  @IsString()
  @Length(20, 100, PASS)
  pass: string;

  @Field()
  @IsString()
  @Matches(/^$|\S/, NOT_BLANK)
  @Length(1, WORKSHOP_OUTPUT_TEXT_MAX_LENGTH, { message: `must be 1 to ${WORKSHOP_OUTPUT_TEXT_MAX_LENGTH} characters long` })
  text: string;
}

@InputType({
  description: 'One option: free text, a priority area or an initiative of the programme (its name is the label unless one is given).',
})
export class VoteOptionInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^$|\S/, NOT_BLANK)
  @Length(1, VOTE_OPTION_LABEL_MAX_LENGTH, { message: `must be 1 to ${VOTE_OPTION_LABEL_MAX_LENGTH} characters long` })
  label?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a priority area id' })
  priorityAreaId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be an initiative id' })
  initiativeId?: string;
}

@InputType({ description: 'Opens a round of dot-voting in a running workshop; one round is open at a time.' })
export class OpenVoteRoundInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a workshop id' })
  workshopId: string;

  @Field()
  @IsString()
  @Matches(/^$|\S/, NOT_BLANK)
  @Length(1, VOTE_QUESTION_MAX_LENGTH, { message: `must be 1 to ${VOTE_QUESTION_MAX_LENGTH} characters long` })
  question: string;

  @Field(() => Int, { description: `Dots each voter has, 1 to ${VOTE_DOTS_MAX}.` })
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(VOTE_DOTS_MAX, { message: `must be at most ${VOTE_DOTS_MAX}` })
  dotsPerVoter: number;

  @Field({ description: 'Hide who voted for what (and forget the ballots once closed).' })
  @IsBoolean({ message: 'must be true or false' })
  anonymous: boolean;

  @Field(() => [VoteOptionInput])
  @IsArray()
  @ArrayMinSize(VOTE_OPTIONS_MIN, { message: `must hold at least ${VOTE_OPTIONS_MIN} options` })
  @ArrayMaxSize(VOTE_OPTIONS_MAX, { message: `must hold at most ${VOTE_OPTIONS_MAX} options` })
  @ValidateNested({ each: true })
  @Type(() => VoteOptionInput)
  options: VoteOptionInput[];
}

@InputType({ description: 'Dots on one option.' })
export class BallotLineInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an option id' })
  optionId: string;

  @Field(() => Int)
  @IsInt({ message: 'must be a whole number of dots' })
  @Min(1, { message: 'must be at least 1' })
  @Max(VOTE_DOTS_MAX, { message: `must be at most ${VOTE_DOTS_MAX}` })
  dots: number;
}

@InputType({ description: "A member's whole ballot for a round: it replaces the one before (an empty ballot takes the dots back)." })
export class CastVotesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a round id' })
  roundId: string;

  @Field(() => [BallotLineInput])
  @IsArray()
  @ArrayMaxSize(VOTE_OPTIONS_MAX, { message: `must hold at most ${VOTE_OPTIONS_MAX} lines` })
  @ValidateNested({ each: true })
  @Type(() => BallotLineInput)
  ballot: BallotLineInput[];
}

@InputType({ description: "A guest's whole ballot for the open round, with their pass." })
export class CastGuestVotesInput extends CastVotesInput {
  @Field()
  @IsString()
  @Length(20, 100, PASS)
  pass: string;
}

@InputType()
export class CloseVoteRoundInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a round id' })
  roundId: string;

  @Field(() => Int)
  @IsInt(VERSION[0])
  @Min(1, VERSION[1])
  version: number;
}

@InputType({ description: 'Selects for piloting the priority areas a closed round ranked highest.' })
export class SelectPriorityAreasFromVoteInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a round id' })
  roundId: string;

  @Field(() => Int, { description: 'How many places to take (options tied at the last place all go in).' })
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  @Max(VOTE_OPTIONS_MAX, { message: `must be at most ${VOTE_OPTIONS_MAX}` })
  top: number;
}
