import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'A calendar link that exists. The link itself is shown only once, when it is made: only its hash is kept. Making a new one stops the old one at once.',
})
export class CalendarFeed {
  @Field({ description: 'When the current link was made.' })
  issuedAt: Date;
}

@ObjectType({ description: 'A new calendar link, shown only this once. The one before it (if any) has stopped working.' })
export class IssuedCalendarFeed {
  @Field({
    description:
      'The iCalendar address (…/calendars/<token>.ics) to subscribe to in a calendar program. Whoever holds it can read the dates it shows, so share it as you would a password.',
  })
  url: string;

  @Field()
  issuedAt: Date;
}
