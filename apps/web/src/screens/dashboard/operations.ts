import { graphql } from '../../gql';

export const ORGANISATION_DASHBOARD = graphql(`
  query OrganisationDashboard($programmes: Int!, $overdue: Int!, $mine: Int!) {
    organisationDashboard {
      organisationId
      today
      programmeCount
      programmesByStep {
        step
        active
        paused
        completed
        archived
        total
      }
      programmes(first: $programmes) {
        id
        name
        status
        cycle
        currentStep
        gateOpen
        openRequiredItems
        tasksOpen
        tasksOverdue
        daysInCurrentStep
        currentStepTargetDate
      }
      overdueTasks(first: $overdue) {
        totalCount
        tasks {
          ...DashboardTaskFields
        }
      }
      myWork(first: $mine) {
        totalCount
        overdueCount
        tasks {
          ...DashboardTaskFields
        }
      }
    }
  }

  fragment DashboardTaskFields on DashboardTask {
    id
    title
    status
    priority
    dueDate
    daysOverdue
    step
    cycle
    programmeId
    programmeName
  }
`);

/** Any change in the organisation: the dashboard reloads its counts (once per burst). */
export const ORGANISATION_CHANGES = graphql(`
  subscription OrganisationChanges {
    historyEvents {
      id
      type
      programmeId
    }
  }
`);

export const CREATE_PROGRAMME = graphql(`
  mutation CreateProgramme($input: CreateProgrammeInput!) {
    createProgramme(input: $input) {
      id
      name
      currentStep
      status
    }
  }
`);
