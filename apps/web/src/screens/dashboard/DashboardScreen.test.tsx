import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ORGANISATION, renderScreen } from '../../test/render';
import { DashboardScreen, PAGE } from './DashboardScreen';
import { CREATE_PROGRAMME, ORGANISATION_CHANGES, ORGANISATION_DASHBOARD } from './operations';

const STEPS = ['MAP', 'FOCUS', 'PEOPLE', 'MARKET', 'GROW'] as const;

function dashboard(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'OrganisationDashboard',
    organisationId: ORGANISATION.id,
    today: '2026-12-02',
    programmeCount: 0,
    programmesByStep: STEPS.map((step) => ({
      __typename: 'StepProgrammeCounts',
      step,
      active: 0,
      paused: 0,
      completed: 0,
      archived: 0,
      total: 0,
    })),
    programmes: [],
    overdueTasks: { __typename: 'OverdueTasks', totalCount: 0, tasks: [] },
    myWork: { __typename: 'MyWork', totalCount: 0, overdueCount: 0, tasks: [] },
    ...overrides,
  };
}

const variables = { programmes: PAGE, overdue: PAGE, mine: PAGE };

/** The live feed of the organisation's changes, silent for as long as a test runs. */
const noChanges = {
  request: { query: ORGANISATION_CHANGES },
  result: { data: { historyEvents: { __typename: 'HistoryEvent', id: 'e-0', type: 'NOTHING', programmeId: null } } },
  delay: 600_000,
};

describe('DashboardScreen', () => {
  it('tells a new organisation what to do next, with a form that starts its first programme', async () => {
    const created = { __typename: 'Programme', id: 'p-1', name: 'Adult social care', currentStep: 'MAP', status: 'ACTIVE' };
    const mocks = [
      { request: { query: ORGANISATION_DASHBOARD, variables }, result: { data: { organisationDashboard: dashboard() } }, maxUsageCount: 5 },
      {
        request: { query: CREATE_PROGRAMME, variables: { input: { name: 'Adult social care' } } },
        result: { data: { createProgramme: created } },
      },
      noChanges,
    ];
    const { router } = renderScreen(<DashboardScreen />, {
      path: '/o/org-1',
      route: '/o/:organisationId',
      mocks,
      otherRoutes: ['/o/:organisationId/programmes/:programmeId'],
    });

    expect(await screen.findByText('No programmes yet')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Dashboard · Northshire Council');
    await userEvent.type(screen.getByLabelText('Programme name'), 'Adult social care');
    await userEvent.click(screen.getByRole('button', { name: 'Start programme' }));
    await screen.findByText('At /o/:organisationId/programmes/:programmeId');
    expect(router.state.location.pathname).toBe('/o/org-1/programmes/p-1');
  });

  it('offers no form to a viewer, who cannot start programmes', async () => {
    const mocks = [
      { request: { query: ORGANISATION_DASHBOARD, variables }, result: { data: { organisationDashboard: dashboard() } }, maxUsageCount: 5 },
      noChanges,
    ];
    renderScreen(<DashboardScreen />, {
      path: '/o/org-1',
      route: '/o/:organisationId',
      mocks,
      organisation: { ...ORGANISATION, role: 'VIEWER' },
    });
    expect(await screen.findByText('An administrator or programme manager can start the first programme.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Programme name')).toBeNull();
  });

  it('lists programmes with links to their boards, and pages through long lists', async () => {
    const programme = (n: number) => ({
      __typename: 'DashboardProgramme',
      id: `p-${n}`,
      name: `Programme ${n}`,
      status: 'ACTIVE',
      cycle: 1,
      currentStep: 'FOCUS',
      gateOpen: false,
      openRequiredItems: 2,
      tasksOpen: 3,
      tasksOverdue: 1,
      daysInCurrentStep: 4,
      currentStepTargetDate: null,
    });
    const byStep = STEPS.map((step) => ({
      __typename: 'StepProgrammeCounts',
      step,
      active: step === 'FOCUS' ? 25 : 0,
      paused: 0,
      completed: 0,
      archived: 0,
      total: step === 'FOCUS' ? 25 : 0,
    }));
    const page = (count: number) =>
      dashboard({ programmeCount: 25, programmesByStep: byStep, programmes: Array.from({ length: count }, (_, i) => programme(i + 1)) });
    const mocks = [
      { request: { query: ORGANISATION_DASHBOARD, variables }, result: { data: { organisationDashboard: page(PAGE) } } },
      {
        request: { query: ORGANISATION_DASHBOARD, variables: { ...variables, programmes: PAGE * 2 } },
        result: { data: { organisationDashboard: page(25) } },
      },
      noChanges,
    ];
    renderScreen(<DashboardScreen />, { path: '/o/org-1', route: '/o/:organisationId', mocks });

    const programmes = await screen.findByRole('region', { name: 'Programmes' });
    expect(within(programmes).getByRole('link', { name: 'Programme 1' })).toHaveAttribute('href', '/o/org-1/programmes/p-1');
    expect(within(programmes).getByText('Showing 20 of 25')).toBeInTheDocument();
    expect(within(programmes).getAllByText('2 required items open')).toHaveLength(PAGE);
    await userEvent.click(within(programmes).getByRole('button', { name: 'Show more' }));
    expect(await within(programmes).findByText('Showing 25 of 25')).toBeInTheDocument();
    expect(within(programmes).queryByRole('button', { name: 'Show more' })).toBeNull();
  });

  it('reloads when someone else changes something in the organisation', async () => {
    const started = dashboard({
      programmeCount: 1,
      programmes: [
        {
          __typename: 'DashboardProgramme',
          id: 'p-9',
          name: 'Started elsewhere',
          status: 'ACTIVE',
          cycle: 1,
          currentStep: 'MAP',
          gateOpen: false,
          openRequiredItems: 4,
          tasksOpen: 0,
          tasksOverdue: 0,
          daysInCurrentStep: 0,
          currentStepTargetDate: null,
        },
      ],
    });
    const mocks = [
      { request: { query: ORGANISATION_DASHBOARD, variables }, result: { data: { organisationDashboard: dashboard() } } },
      {
        request: { query: ORGANISATION_CHANGES },
        result: { data: { historyEvents: { __typename: 'HistoryEvent', id: 'e-1', type: 'PROGRAMME_CREATED', programmeId: 'p-9' } } },
        delay: 50,
      },
      { request: { query: ORGANISATION_DASHBOARD, variables }, result: { data: { organisationDashboard: started } } },
    ];
    renderScreen(<DashboardScreen />, { path: '/o/org-1', route: '/o/:organisationId', mocks });
    expect(await screen.findByText('No programmes yet')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Started elsewhere' }, { timeout: 5000 })).toHaveAttribute(
      'href',
      '/o/org-1/programmes/p-9',
    );
  });
});
