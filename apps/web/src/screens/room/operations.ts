import { graphql } from '../../gql';

/** A round of dot-voting as every screen in the room shows it (the caller's own ballot included). */
export const ROOM_ROUND = graphql(`
  fragment RoomRound on VoteRound {
    id
    position
    question
    dotsPerVoter
    anonymous
    status
    voterCount
    myDotsLeft
    canVote
    decisionOutputId
    closedAt
    version
    myBallot {
      optionId
      dots
    }
    options {
      id
      position
      label
      dots
      rank
      share
      voters
      priorityAreaId
      initiativeId
    }
  }
`);

/** What the room shows, to members and guests alike. */
export const ROOM_FIELDS = graphql(`
  fragment RoomFields on WorkshopRoom {
    workshopId
    title
    status
    guestName
    agenda {
      position
      title
      minutes
    }
    round {
      ...RoomRound
    }
  }
`);

/** Guests: joining with the room's code and a name answers the pass and the room. */
export const JOIN_WORKSHOP = graphql(`
  mutation JoinWorkshop($input: JoinWorkshopInput!) {
    joinWorkshop(input: $input) {
      pass
      expiresAt
      room {
        ...RoomFields
      }
    }
  }
`);

export const GUEST_ROOM = graphql(`
  query GuestRoom($pass: String!) {
    guestRoom(pass: $pass) {
      ...RoomFields
    }
  }
`);

export const GUEST_ROOM_CHANGED = graphql(`
  subscription GuestRoomChanged($pass: String!) {
    guestRoomChanged(pass: $pass) {
      ...RoomFields
    }
  }
`);

export const CAST_GUEST_VOTES = graphql(`
  mutation CastGuestVotes($input: CastGuestVotesInput!) {
    castGuestVotes(input: $input) {
      ...RoomRound
    }
  }
`);

export const ADD_GUEST_NOTE = graphql(`
  mutation AddGuestNote($input: GuestNoteInput!) {
    addGuestNote(input: $input) {
      id
      text
    }
  }
`);
