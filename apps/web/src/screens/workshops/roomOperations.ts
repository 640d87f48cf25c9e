import { graphql } from '../../gql';

/** The room of a workshop as a member sees it (RoomFields: screens/room/operations.ts). */
export const WORKSHOP_ROOM = graphql(`
  query WorkshopRoom($workshopId: ID!) {
    workshopRoom(workshopId: $workshopId) {
      ...RoomFields
    }
  }
`);

export const WORKSHOP_ROOM_CHANGED = graphql(`
  subscription WorkshopRoomChanged($workshopId: ID!) {
    workshopRoomChanged(workshopId: $workshopId) {
      ...RoomFields
    }
  }
`);

/** What the programme offers as options of a round: its priority areas. */
export const VOTE_OPTION_SOURCES = graphql(`
  query VoteOptionSources($programmeId: ID!) {
    priorityAreas(programmeId: $programmeId) {
      id
      serviceAreaName
      selected
    }
  }
`);

export const OPEN_VOTE_ROUND = graphql(`
  mutation OpenVoteRound($input: OpenVoteRoundInput!) {
    openVoteRound(input: $input) {
      ...RoomRound
    }
  }
`);

export const CAST_WORKSHOP_VOTES = graphql(`
  mutation CastWorkshopVotes($input: CastVotesInput!) {
    castWorkshopVotes(input: $input) {
      ...RoomRound
    }
  }
`);

export const CLOSE_VOTE_ROUND = graphql(`
  mutation CloseVoteRound($input: CloseVoteRoundInput!) {
    closeVoteRound(input: $input) {
      ...RoomRound
    }
  }
`);

export const SELECT_FROM_VOTE = graphql(`
  mutation SelectPriorityAreasFromVote($input: SelectPriorityAreasFromVoteInput!) {
    selectPriorityAreasFromVote(input: $input) {
      id
      serviceAreaName
      selected
    }
  }
`);

/** Whether guests may join now, and who has. */
export const WORKSHOP_JOINING = graphql(`
  query WorkshopJoining($id: ID!) {
    workshop(id: $id) {
      id
      joiningOpenUntil
      guests {
        id
        displayName
        joinedAt
      }
    }
  }
`);

export const OPEN_JOINING = graphql(`
  mutation OpenWorkshopJoining($input: WorkshopJoiningInput!) {
    openWorkshopJoining(input: $input) {
      code
      expiresAt
    }
  }
`);

export const CLOSE_JOINING = graphql(`
  mutation CloseWorkshopJoining($input: WorkshopJoiningInput!) {
    closeWorkshopJoining(input: $input) {
      id
      joiningOpenUntil
    }
  }
`);

/** The programme's events, to hear guests arriving (WORKSHOP_GUEST_JOINED). */
export const GUEST_ARRIVALS = graphql(`
  subscription WorkshopGuestArrivals($programmeId: ID!) {
    programmeEvents(programmeId: $programmeId) {
      id
      type
      payload
    }
  }
`);
