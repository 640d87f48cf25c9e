import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../app/session';
import { withDialogs } from '../../test/dialog';
import { renderScreen } from '../../test/render';
import { InitiativesSection } from './InitiativesSection';
import { DELETE_INITIATIVE, MAP_INITIATIVES } from './operations';

withDialogs();

const AREAS = [{ __typename: 'ServiceArea' as const, id: 'a-1', name: 'Housing', active: true, position: 1 }];

function initiative(id: string, name: string, published: boolean, version: number) {
  return {
    __typename: 'Initiative' as const,
    id,
    name,
    description: '',
    serviceAreaId: 'a-1',
    serviceArea: { __typename: 'ServiceArea' as const, id: 'a-1', name: 'Housing' },
    forms: ['CO_DELIVERY'],
    participation: 'COLLECTIVE',
    motivation: 'VOLUNTARY',
    peopleInvolved: null,
    publicBodyInput: 'A hall',
    selfOrganisation: false,
    isCoproduction: true,
    status: 'ACTIVE',
    contact: '',
    published,
    programmeId: 'p-1',
    version,
    updatedAt: '2026-12-01T10:00:00.000Z',
  };
}

const CAFE = initiative('i-1', 'Repair café', false, 3);
const WATCH = initiative('i-2', 'Street watch', true, 1);

const page = (nodes: ReturnType<typeof initiative>[]) => ({
  request: { query: MAP_INITIATIVES, variables: { filter: {}, first: 25 } },
  result: {
    data: {
      initiatives: {
        __typename: 'InitiativeConnection',
        totalCount: nodes.length,
        edges: nodes.map((node) => ({ __typename: 'InitiativeEdge', node })),
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      },
    },
  },
});
const deleteCafe = { request: { query: DELETE_INITIATIVE, variables: { input: { initiativeId: 'i-1', version: 3 } } } };

function renderSection(mocks: object[], role: Role = 'PROGRAMME_MANAGER') {
  return renderScreen(<InitiativesSection programmeId="p-1" serviceAreas={AREAS} role={role} onChanged={() => undefined} />, {
    path: '/o/org-1/programmes/p-1/map',
    mocks: mocks as never,
  });
}

describe('Deleting an initiative', () => {
  it('asks first, naming the initiative and saying what deleting does, with Cancel in focus', async () => {
    renderSection([page([CAFE, WATCH])]);
    await userEvent.click(await screen.findByRole('button', { name: 'Delete Repair café' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete Repair café?' });
    const list = within(dialog).getByRole('list', { name: 'What deleting does' });
    expect(list).toHaveTextContent('It goes from this list, the coproduction map and the spreadsheet export.');
    expect(list).toHaveTextContent('It is not published, so the published feed does not change.');
    expect(list).toHaveTextContent('keeps a line saying that an initiative was removed, but not its name or details');
    expect(dialog).toHaveTextContent('Deleting cannot be undone.');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  });

  it('deletes with the version it was read at, then the list’s heading takes the focus', async () => {
    renderSection([
      page([CAFE, WATCH]),
      { ...deleteCafe, result: { data: { deleteInitiative: { __typename: 'Initiative', id: 'i-1', name: 'Repair café' } } } },
      page([WATCH]),
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Delete Repair café' }));
    await userEvent.click(
      within(screen.getByRole('dialog', { name: 'Delete Repair café?' })).getByRole('button', { name: 'Delete Repair café' }),
    );
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Delete Repair café' })).not.toBeInTheDocument());
    expect(screen.getByText('1 initiative')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { level: 2, name: 'Initiatives' })).toHaveFocus());
  });

  it('says in plain words that someone else changed it meanwhile, and stays open', async () => {
    const errors = [
      new GraphQLError('Initiative was changed by someone else (version 4, you sent 3).', { extensions: { code: 'CONFLICT' } }),
    ];
    renderSection([page([CAFE, WATCH]), { ...deleteCafe, result: { errors } }]);
    await userEvent.click(await screen.findByRole('button', { name: 'Delete Repair café' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete Repair café?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete Repair café' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed this while you were working on it. Nothing was saved.');
    expect(alert).toHaveTextContent('version 4, you sent 3');
  });

  it('offers a published initiative’s deletion only to those who may publish, and says so', async () => {
    renderSection([page([CAFE, WATCH])], 'CONSULTANT');
    await screen.findByRole('button', { name: 'Delete Repair café' });
    expect(screen.queryByRole('button', { name: 'Delete Street watch' })).not.toBeInTheDocument();
    expect(screen.getByText('Published initiatives can be deleted only by an administrator or a programme manager.')).toBeInTheDocument();
  });

  it('offers no deletion to a role that only reads', async () => {
    renderSection([page([CAFE, WATCH])], 'VIEWER');
    await screen.findByRole('rowheader', { name: /Repair café/ });
    expect(screen.queryByRole('button', { name: /^Delete/ })).not.toBeInTheDocument();
  });
});
