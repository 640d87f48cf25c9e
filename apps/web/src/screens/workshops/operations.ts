import { graphql } from '../../gql';
import type { ProgrammeWorkshopsQuery, WorkshopPageQuery } from '../../gql/graphql';

// Every document here is in the client's first download (src/gql's map), which has a size
// budget: fields are listed inline rather than in fragments, and mutations answer only what
// changed, which Apollo's cache merges into the workshop by id.

/** A workshop as lists show it. */
export type WorkshopSummary = ProgrammeWorkshopsQuery['programme']['workshops']['edges'][number]['node'];
/** A workshop as its page and run mode show it. */
export type WorkshopDetail = WorkshopPageQuery['workshop'];
export type AgendaItem = WorkshopDetail['agenda'][number];
export type WorkshopOutput = WorkshopDetail['outputs'][number];

/** The workshops of a programme, soonest first, with the programme's name and step and the members to pick from. */
export const PROGRAMME_WORKSHOPS = graphql(`
  query ProgrammeWorkshops($programmeId: ID!) {
    programme(id: $programmeId) {
      id
      name
      status
      currentStep
      workshops(first: 100) {
        totalCount
        edges {
          node {
            id
            title
            step
            status
            startsAt
            endsAt
            place
            onlineUrl
          }
        }
      }
    }
    members(first: 100) {
      edges {
        node {
          id
          user {
            id
            displayName
          }
        }
      }
    }
  }
`);

/** A planner's own templates, to start a workshop from. */
export const MY_WORKSHOP_TEMPLATES = graphql(`
  query MyWorkshopTemplates {
    myWorkshopTemplates(first: 100) {
      edges {
        node {
          id
          title
          step
          sections {
            minutes
          }
        }
      }
    }
  }
`);

/** Participants who may be invited: a lawful basis recorded, not erased. */
export const INVITABLE_PARTICIPANTS = graphql(`
  query InvitableParticipants {
    participants(first: 100, filter: { hasLawfulBasis: true, erased: false }) {
      edges {
        node {
          id
          displayName
        }
      }
    }
  }
`);

/**
 * One workshop with its agenda, attendees and outputs, the members and the service areas (for
 * conversions). `names`: whether the role may read participants' names (a VIEWER gets FORBIDDEN).
 */
export const WORKSHOP_PAGE = graphql(`
  query WorkshopPage($id: ID!, $names: Boolean!) {
    workshop(id: $id) {
      id
      title
      step
      status
      startsAt
      endsAt
      place
      onlineUrl
      facilitatorUserId
      programmeId
      version
      documents {
        packHtml
        packPdf
        recordHtml
        recordPdf
      }
      agenda {
        id
        title
        minutes
        checklistKeys
      }
      attendees {
        id
        userId
        participantId
        participant {
          id
          displayName @include(if: $names)
        }
      }
      outputs {
        id
        kind
        text
        agendaItemId
        guestName
        convertedKind
        convertedId
        conversionStands
        version
      }
    }
    members(first: 100) {
      edges {
        node {
          id
          user {
            id
            displayName
          }
        }
      }
    }
    serviceAreas {
      id
      name
      active
    }
  }
`);

/** A workshop's outputs alone (the same fields as WorkshopPage's), read again when the programme's events say they changed (LiveOutputs.tsx). */
export const WORKSHOP_OUTPUTS = graphql(`
  query WorkshopOutputs($id: ID!) {
    workshop(id: $id) {
      id
      outputs {
        id
        kind
        text
        agendaItemId
        guestName
        convertedKind
        convertedId
        conversionStands
        version
      }
    }
  }
`);

/** The programme's events, to hear that a workshop's outputs changed (captured, a guest's note, edited, converted, a vote closed). */
export const WORKSHOP_OUTPUT_EVENTS = graphql(`
  subscription WorkshopOutputEvents($programmeId: ID!) {
    programmeEvents(programmeId: $programmeId) {
      id
      type
      payload
    }
  }
`);

/** The programme a workshop belongs to, with the checklist items an output may tick. */
export const WORKSHOP_PROGRAMME = graphql(`
  query WorkshopProgramme($id: ID!) {
    programme(id: $id) {
      id
      name
      status
      steps {
        id
        step
        items {
          id
          key
          title
          kind
          tickedAt
        }
      }
    }
  }
`);

export const PLAN_WORKSHOP = graphql(`
  mutation PlanWorkshop($input: PlanWorkshopInput!) {
    planWorkshop(input: $input) {
      id
      title
    }
  }
`);

export const UPDATE_WORKSHOP = graphql(`
  mutation UpdateWorkshop($input: UpdateWorkshopInput!) {
    updateWorkshop(input: $input) {
      id
      title
      startsAt
      endsAt
      place
      onlineUrl
      facilitatorUserId
      version
      attendees {
        id
        userId
        participantId
        participant {
          id
          displayName
        }
      }
    }
  }
`);

export const START_WORKSHOP = graphql(`
  mutation StartWorkshop($input: WorkshopVersionInput!) {
    startWorkshop(input: $input) {
      id
      status
      version
    }
  }
`);

export const END_WORKSHOP = graphql(`
  mutation EndWorkshop($input: WorkshopVersionInput!) {
    endWorkshop(input: $input) {
      id
      status
      version
    }
  }
`);

export const CANCEL_WORKSHOP = graphql(`
  mutation CancelWorkshop($input: WorkshopVersionInput!) {
    cancelWorkshop(input: $input) {
      id
      status
      version
    }
  }
`);

export const ADD_AGENDA_ITEM = graphql(`
  mutation AddWorkshopAgendaItem($input: AddWorkshopAgendaItemInput!) {
    addWorkshopAgendaItem(input: $input) {
      id
      version
      agenda {
        id
        title
        minutes
        checklistKeys
      }
    }
  }
`);

export const UPDATE_AGENDA_ITEM = graphql(`
  mutation UpdateWorkshopAgendaItem($input: UpdateWorkshopAgendaItemInput!) {
    updateWorkshopAgendaItem(input: $input) {
      id
      version
      agenda {
        id
        title
        minutes
        checklistKeys
      }
    }
  }
`);

export const REMOVE_AGENDA_ITEM = graphql(`
  mutation RemoveWorkshopAgendaItem($input: RemoveWorkshopAgendaItemInput!) {
    removeWorkshopAgendaItem(input: $input) {
      id
      version
      agenda {
        id
        title
        minutes
        checklistKeys
      }
    }
  }
`);

export const REORDER_AGENDA = graphql(`
  mutation ReorderWorkshopAgenda($input: ReorderWorkshopAgendaInput!) {
    reorderWorkshopAgenda(input: $input) {
      id
      version
      agenda {
        id
        title
        minutes
        checklistKeys
      }
    }
  }
`);

export const CREATE_TEMPLATE = graphql(`
  mutation CreateWorkshopTemplate($input: CreateWorkshopTemplateInput!) {
    createWorkshopTemplate(input: $input) {
      id
      title
    }
  }
`);

/** Answers only how many were kept: the page reloads the outputs in capture order. */
export const CAPTURE_OUTPUTS = graphql(`
  mutation CaptureWorkshopOutputs($input: CaptureWorkshopOutputsInput!) {
    captureWorkshopOutputs(input: $input) {
      id
    }
  }
`);

export const UPDATE_OUTPUT = graphql(`
  mutation UpdateWorkshopOutput($input: UpdateWorkshopOutputInput!) {
    updateWorkshopOutput(input: $input) {
      id
      kind
      text
      version
    }
  }
`);

export const DELETE_OUTPUT = graphql(`
  mutation DeleteWorkshopOutput($input: WorkshopOutputVersionInput!) {
    deleteWorkshopOutput(input: $input) {
      id
    }
  }
`);

export const CONVERT_OUTPUT = graphql(`
  mutation ConvertWorkshopOutput($input: ConvertWorkshopOutputInput!) {
    convertWorkshopOutput(input: $input) {
      id
      convertedKind
      convertedId
      conversionStands
      version
    }
  }
`);
