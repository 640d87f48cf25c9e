import { graphql } from '../../gql';

// Personal fields are asked for only when the role may read them ($names: displayName, every role
// but VIEWER; $details: contact, notes and the wording of a lawful basis), so a role that may not
// read them gets the rest of the screen rather than a FORBIDDEN error on the whole query.

/** What a pilot's self-efficacy summary shows (an outcome, never a filter). */
export const SELF_EFFICACY_CHANGE = graphql(`
  fragment PeopleSelfEfficacyChange on SelfEfficacyChange {
    participantsWithReadings
    participantsWithTwoReadings
    meanFirstReading
    meanLatestReading
    meanChange
    note
  }
`);

/** The People it work area at a glance: the programme's pilots, the organisation's participants and skills. One request. */
export const PEOPLE_OVERVIEW = graphql(`
  query PeopleOverview($programmeId: ID!, $first: Int!, $erased: Boolean, $names: Boolean!) {
    pilots(programmeId: $programmeId, first: 100) {
      totalCount
      edges {
        node {
          id
          name
          status
          enrolledParticipants
          needs {
            pilotId
            hoursPerMonth
          }
          selfEfficacyChange {
            ...PeopleSelfEfficacyChange
          }
        }
      }
    }
    participants(first: $first, filter: { erased: $erased }) {
      totalCount
      edges {
        node {
          id
          kind
          displayName @include(if: $names)
          motivation
          hoursPerMonth
          erased
          lawfulBasis {
            basis
          }
          skills {
            id
            name
          }
          enrolments {
            id
            active
            pilot {
              id
              name
            }
          }
        }
      }
    }
    skills {
      id
      name
    }
  }
`);

export const SKILLS = graphql(`
  query PeopleSkills {
    skills {
      id
      name
    }
  }
`);

export const CREATE_SKILL = graphql(`
  mutation PeopleCreateSkill($input: CreateSkillInput!) {
    createSkill(input: $input) {
      id
      name
    }
  }
`);

/** One participant as their page shows them, with where they take part and their readings. */
export const PARTICIPANT = graphql(`
  query PeopleParticipant($id: ID!, $names: Boolean!, $details: Boolean!) {
    participant(id: $id) {
      id
      kind
      displayName @include(if: $names)
      contact @include(if: $details)
      notes @include(if: $details)
      motivation
      hoursPerMonth
      erased
      erasedAt
      version
      createdAt
      lawfulBasis {
        basis
        consentGivenAt
        consentPurposes @include(if: $details)
        consentMeans @include(if: $details)
        otherBasis @include(if: $details)
      }
      skills {
        id
        name
      }
      enrolments {
        id
        role
        active
        enrolledAt
        withdrawnAt
        selfEfficacyChange
        pilot {
          id
          name
          programmeId
        }
        selfEfficacyReadings {
          id
          score
          recordedOn
        }
      }
    }
    skills {
      id
      name
    }
  }
`);

export const REGISTER_PARTICIPANT = graphql(`
  mutation PeopleRegisterParticipant($input: RegisterParticipantInput!) {
    registerParticipant(input: $input) {
      id
      version
    }
  }
`);

export const UPDATE_PARTICIPANT = graphql(`
  mutation PeopleUpdateParticipant($input: UpdateParticipantInput!) {
    updateParticipant(input: $input) {
      id
      version
    }
  }
`);

export const ERASE_PARTICIPANT = graphql(`
  mutation PeopleEraseParticipant($input: EraseParticipantInput!) {
    eraseParticipant(input: $input) {
      id
      erased
      erasedAt
      version
    }
  }
`);

/** Subject access: everything held about one participant, as one JSON object (never kept in the cache). */
export const PARTICIPANT_EXPORT = graphql(`
  query PeopleParticipantExport($participantId: ID!) {
    participantDataExport(participantId: $participantId)
  }
`);

/** A pilot's people: what it needs, who is enrolled with their readings, and who fits best, with the reasons. One request. */
export const PILOT_PEOPLE = graphql(`
  query PeoplePilot($pilotId: ID!, $names: Boolean!) {
    pilot(id: $pilotId) {
      id
      name
      status
      programmeId
      enrolledParticipants
      needs {
        pilotId
        hoursPerMonth
        version
        skills {
          id
          name
        }
      }
      selfEfficacyChange {
        ...PeopleSelfEfficacyChange
      }
      participants(first: 100) {
        totalCount
        edges {
          node {
            id
            role
            active
            enrolledAt
            withdrawnAt
            selfEfficacyChange
            participant {
              id
              kind
              erased
              displayName @include(if: $names)
            }
            selfEfficacyReadings {
              id
              score
              recordedOn
            }
          }
        }
      }
    }
    participantMatches(pilotId: $pilotId, first: 20) {
      score
      parts {
        skills
        motivation
        time
      }
      participant {
        id
        kind
        displayName @include(if: $names)
        motivation
        hoursPerMonth
        skills {
          id
          name
        }
      }
    }
    skills {
      id
      name
    }
  }
`);

export const SET_PILOT_NEEDS = graphql(`
  mutation PeopleSetPilotNeeds($input: SetPilotNeedsInput!) {
    setPilotNeeds(input: $input) {
      pilotId
      hoursPerMonth
      version
      skills {
        id
        name
      }
    }
  }
`);

export const ENROL_PARTICIPANT = graphql(`
  mutation PeopleEnrolParticipant($input: EnrolParticipantInput!) {
    enrolParticipant(input: $input) {
      id
      active
    }
  }
`);

export const RECORD_SELF_EFFICACY = graphql(`
  mutation PeopleRecordSelfEfficacy($input: RecordSelfEfficacyInput!) {
    recordSelfEfficacy(input: $input) {
      id
      selfEfficacyChange
    }
  }
`);

export const WITHDRAW_PARTICIPANT = graphql(`
  mutation PeopleWithdrawParticipant($input: WithdrawParticipantInput!) {
    withdrawParticipant(input: $input) {
      id
      active
      withdrawnAt
    }
  }
`);
