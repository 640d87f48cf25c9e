import { graphql } from '../../gql';

/** A workshop as lists show it. */
export const WORKSHOP_SUMMARY = graphql(`
  fragment WorkshopSummary on Workshop {
    id
    title
    step
    status
    startsAt
    endsAt
    place
    onlineUrl
    facilitatorUserId
  }
`);

/** A section of an agenda. */
export const AGENDA_ITEM = graphql(`
  fragment WorkshopAgendaItemFields on WorkshopAgendaItem {
    id
    position
    title
    minutes
    checklistKeys
  }
`);

/** An output with what it became. */
export const OUTPUT = graphql(`
  fragment WorkshopOutputFields on WorkshopOutput {
    id
    workshopId
    position
    kind
    text
    agendaItemId
    convertedKind
    convertedId
    convertedAt
    version
  }
`);

/** Everything a workshop's page and its run mode show of the workshop itself. */
export const WORKSHOP_FIELDS = graphql(`
  fragment WorkshopFields on Workshop {
    ...WorkshopSummary
    programmeId
    cycle
    templateId
    version
    agenda {
      ...WorkshopAgendaItemFields
    }
    attendees {
      id
      userId
      participantId
      participant {
        id
        displayName
      }
    }
    outputs {
      ...WorkshopOutputFields
    }
  }
`);

/** The workshops of a programme, soonest first, with the programme's name and step and what the plan form needs. */
export const PROGRAMME_WORKSHOPS = graphql(`
  query ProgrammeWorkshops($programmeId: ID!, $first: Int) {
    programme(id: $programmeId) {
      id
      name
      status
      currentStep
      workshops(first: $first) {
        totalCount
        edges {
          node {
            ...WorkshopSummary
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
            title
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
      totalCount
      edges {
        node {
          id
          displayName
        }
      }
    }
  }
`);

/** One workshop with the organisation's members and service areas (for conversions). */
export const WORKSHOP_PAGE = graphql(`
  query WorkshopPage($id: ID!) {
    workshop(id: $id) {
      ...WorkshopFields
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
      ...WorkshopSummary
    }
  }
`);

export const UPDATE_WORKSHOP = graphql(`
  mutation UpdateWorkshop($input: UpdateWorkshopInput!) {
    updateWorkshop(input: $input) {
      ...WorkshopFields
    }
  }
`);

export const START_WORKSHOP = graphql(`
  mutation StartWorkshop($input: WorkshopVersionInput!) {
    startWorkshop(input: $input) {
      ...WorkshopFields
    }
  }
`);

export const END_WORKSHOP = graphql(`
  mutation EndWorkshop($input: WorkshopVersionInput!) {
    endWorkshop(input: $input) {
      ...WorkshopFields
    }
  }
`);

export const CANCEL_WORKSHOP = graphql(`
  mutation CancelWorkshop($input: WorkshopVersionInput!) {
    cancelWorkshop(input: $input) {
      ...WorkshopFields
    }
  }
`);

export const ADD_AGENDA_ITEM = graphql(`
  mutation AddWorkshopAgendaItem($input: AddWorkshopAgendaItemInput!) {
    addWorkshopAgendaItem(input: $input) {
      ...WorkshopFields
    }
  }
`);

export const UPDATE_AGENDA_ITEM = graphql(`
  mutation UpdateWorkshopAgendaItem($input: UpdateWorkshopAgendaItemInput!) {
    updateWorkshopAgendaItem(input: $input) {
      ...WorkshopFields
    }
  }
`);

export const REMOVE_AGENDA_ITEM = graphql(`
  mutation RemoveWorkshopAgendaItem($input: RemoveWorkshopAgendaItemInput!) {
    removeWorkshopAgendaItem(input: $input) {
      ...WorkshopFields
    }
  }
`);

export const REORDER_AGENDA = graphql(`
  mutation ReorderWorkshopAgenda($input: ReorderWorkshopAgendaInput!) {
    reorderWorkshopAgenda(input: $input) {
      ...WorkshopFields
    }
  }
`);

export const CREATE_TEMPLATE = graphql(`
  mutation CreateWorkshopTemplate($input: CreateWorkshopTemplateInput!) {
    createWorkshopTemplate(input: $input) {
      id
      title
      step
    }
  }
`);

export const CAPTURE_OUTPUTS = graphql(`
  mutation CaptureWorkshopOutputs($input: CaptureWorkshopOutputsInput!) {
    captureWorkshopOutputs(input: $input) {
      ...WorkshopOutputFields
    }
  }
`);

export const UPDATE_OUTPUT = graphql(`
  mutation UpdateWorkshopOutput($input: UpdateWorkshopOutputInput!) {
    updateWorkshopOutput(input: $input) {
      ...WorkshopOutputFields
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
      ...WorkshopOutputFields
    }
  }
`);
