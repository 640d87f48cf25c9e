import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, Max, Min, ValidateBy } from 'class-validator';
import { NotificationKind } from '../notifications/notification-kind';
import { isTimeZone } from '../digests/local-time';

const IsTimeZone = () =>
  ValidateBy({
    name: 'isTimeZone',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && value.length <= 64 && isTimeZone(value),
      defaultMessage: () => 'must be an IANA time zone such as Europe/London',
    },
  });

/** Only what is sent changes; `timeZone: null` goes back to the organisation's. */
@InputType()
export class UpdateNotificationPreferencesInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  digestEmail?: boolean;

  @Field(() => [NotificationKind], { nullable: true, description: 'Every kind you want; an empty list turns reminders off.' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(NotificationKind, { each: true, message: 'must each be a kind of reminder' })
  kinds?: NotificationKind[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'must be a whole hour from 0 to 23' })
  @Min(0, { message: 'must be a whole hour from 0 to 23' })
  @Max(23, { message: 'must be a whole hour from 0 to 23' })
  sendHour?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string | null;
}
