import { graphql } from '../../gql';

// Calendar links (libs/calendars): the link itself is answered only by the reset mutations, once,
// and kept in the component's state only (the mutations are no-cache); the queries say whether one exists.

export const MY_CALENDAR_FEED = graphql(`
  query MyCalendarFeed {
    me {
      id
      calendarFeed {
        issuedAt
      }
    }
  }
`);

export const RESET_MY_CALENDAR_FEED = graphql(`
  mutation ResetMyCalendarFeed {
    resetMyCalendarFeed {
      url
      issuedAt
    }
  }
`);

export const PROGRAMME_CALENDAR_FEED = graphql(`
  query ProgrammeCalendarFeed($id: ID!) {
    programme(id: $id) {
      id
      calendarFeed {
        issuedAt
      }
    }
  }
`);

export const RESET_PROGRAMME_CALENDAR_FEED = graphql(`
  mutation ResetProgrammeCalendarFeed($input: ResetProgrammeCalendarFeedInput!) {
    resetProgrammeCalendarFeed(input: $input) {
      url
      issuedAt
    }
  }
`);
