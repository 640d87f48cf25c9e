import { graphql } from '../../gql';

/** The board: the programme, its current cycle's five steps with gates, checklists and gate records, and who is who. */
export const PROGRAMME_BOARD = graphql(`
  query ProgrammeBoard($id: ID!) {
    programme(id: $id) {
      id
      name
      description
      status
      cycle
      currentStep
      version
      lastEventSequence
      updatedAt
      documents {
        reportHtml
        reportPdf
      }
      availableMoves {
        type
        reasonRequired
        overridesGate
        steps
      }
      permissions {
        move
        overrideGate
        edit
        tickItems
        manageTasks
      }
      steps {
        ...BoardStep
      }
    }
    members(first: 100) {
      totalCount
      edges {
        node {
          id
          role
          user {
            id
            displayName
          }
        }
      }
    }
  }

  fragment BoardStep on ProgrammeStep {
    id
    step
    name
    purpose
    state
    cycle
    startedAt
    completedAt
    ownerId
    targetDate
    gate {
      open
      recorded
      requiredSatisfied
      requiredTotal
      advisorySatisfied
      advisoryTotal
      passedAt
      passedByOverride
      overrideReason
      openItems {
        key
        title
        explanation
      }
    }
    liveGate {
      open
      requiredSatisfied
      requiredTotal
    }
    items {
      ...BoardItem
    }
    gateRecords {
      id
      passedAt
      passedBy
      passedByOverride
      overrideReason
      setAsideAt
      gate {
        requiredSatisfied
        requiredTotal
      }
    }
  }

  fragment BoardItem on ChecklistItem {
    id
    key
    title
    guidance
    kind
    required
    source
    evidenceText
    evidenceUrl
    tickedAt
    tickedBy
    verdict {
      satisfied
      explanation
    }
  }
`);

export const TICK_ITEM = graphql(`
  mutation TickChecklistItem($input: TickChecklistItemInput!) {
    tickChecklistItem(input: $input) {
      ...BoardItem
    }
  }
`);

export const UNTICK_ITEM = graphql(`
  mutation UntickChecklistItem($input: UntickChecklistItemInput!) {
    untickChecklistItem(input: $input) {
      ...BoardItem
    }
  }
`);

// Each move answers enough to redraw the heading; the board is then read again for the steps.
export const ADVANCE_STEP = graphql(`
  mutation AdvanceStep($input: GatedMoveInput!) {
    advanceStep(input: $input) {
      id
      version
      status
      currentStep
      cycle
      lastEventSequence
    }
  }
`);

export const COMPLETE_PROGRAMME = graphql(`
  mutation CompleteProgramme($input: GatedMoveInput!) {
    completeProgramme(input: $input) {
      id
      version
      status
      currentStep
      cycle
      lastEventSequence
    }
  }
`);

export const START_NEXT_CYCLE = graphql(`
  mutation StartNextCycle($input: GatedMoveInput!) {
    startNextCycle(input: $input) {
      id
      version
      status
      currentStep
      cycle
      lastEventSequence
    }
  }
`);

export const REOPEN_STEP = graphql(`
  mutation ReopenStep($input: ReopenStepInput!) {
    reopenStep(input: $input) {
      id
      version
      status
      currentStep
      cycle
      lastEventSequence
    }
  }
`);

export const PAUSE_PROGRAMME = graphql(`
  mutation PauseProgramme($input: ProgrammeMoveInput!) {
    pauseProgramme(input: $input) {
      id
      version
      status
      currentStep
      cycle
      lastEventSequence
    }
  }
`);

export const RESUME_PROGRAMME = graphql(`
  mutation ResumeProgramme($input: ProgrammeMoveInput!) {
    resumeProgramme(input: $input) {
      id
      version
      status
      currentStep
      cycle
      lastEventSequence
    }
  }
`);

export const ARCHIVE_PROGRAMME = graphql(`
  mutation ArchiveProgramme($input: ProgrammeMoveInput!) {
    archiveProgramme(input: $input) {
      id
      version
      status
      currentStep
      cycle
      lastEventSequence
    }
  }
`);

export const UPDATE_STEP = graphql(`
  mutation UpdateProgrammeStep($input: UpdateProgrammeStepInput!) {
    updateProgrammeStep(input: $input) {
      id
      version
      lastEventSequence
    }
  }
`);

export const PROGRAMME_TASKS = graphql(`
  query ProgrammeTasks($id: ID!, $filter: TaskFilter, $first: Int, $after: String) {
    programme(id: $id) {
      id
      tasks(filter: $filter, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...TaskFields
          }
        }
      }
    }
  }

  fragment TaskFields on Task {
    id
    title
    description
    status
    priority
    step
    cycle
    dueDate
    overdue
    assigneeId
    version
    updatedAt
  }
`);

/** One task as it is now, to say what changed when a save meets someone else's. */
export const TASK = graphql(`
  query ProgrammeTask($id: ID!) {
    task(id: $id) {
      ...TaskFields
    }
  }
`);

export const CREATE_TASKS = graphql(`
  mutation CreateTasks($input: CreateTasksInput!) {
    createTasks(input: $input) {
      ...TaskFields
    }
  }
`);

export const UPDATE_TASK = graphql(`
  mutation UpdateTask($input: UpdateTaskInput!) {
    updateTask(input: $input) {
      ...TaskFields
    }
  }
`);

export const ASSIGN_TASK = graphql(`
  mutation AssignTask($input: AssignTaskInput!) {
    assignTask(input: $input) {
      ...TaskFields
    }
  }
`);

export const PROGRAMME_JOURNEY = graphql(`
  query ProgrammeJourney($id: ID!, $first: Int, $after: String) {
    programme(id: $id) {
      id
      journey(first: $first, after: $after, newestFirst: true) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...JourneyEvent
          }
        }
      }
    }
  }

  fragment JourneyEvent on HistoryEvent {
    id
    sequence
    type
    kind
    occurredAt
    actorType
    actorUserId
    actorApiKeyName
    payload
  }
`);

/** Older events, newest first, before the oldest the timeline holds (sequence numbers do not shift as events arrive). */
export const PROGRAMME_JOURNEY_BEFORE = graphql(`
  query ProgrammeJourneyBefore($id: ID!, $before: Int!, $first: Int) {
    programme(id: $id) {
      id
      journey(beforeSequence: $before, newestFirst: true, first: $first) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...JourneyEvent
          }
        }
      }
    }
  }
`);

/** The events after a sequence number: what a client missed while its connection was down. */
export const MISSED_EVENTS = graphql(`
  query ProgrammeMissedEvents($id: ID!, $afterSequence: Int!) {
    programme(id: $id) {
      id
      journey(afterSequence: $afterSequence, first: 100) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...JourneyEvent
          }
        }
      }
    }
  }
`);

export const PROGRAMME_EVENTS = graphql(`
  subscription ProgrammeEvents($programmeId: ID!) {
    programmeEvents(programmeId: $programmeId) {
      ...JourneyEvent
    }
  }
`);

/** The catalogue's words for event types the board has no sentence of its own for. */
export const EVENT_TYPES = graphql(`
  query HistoryEventTypes {
    historyEventTypes {
      type
      kind
      description
    }
  }
`);
