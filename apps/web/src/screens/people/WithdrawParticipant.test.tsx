import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { createFormatter } from '../../format/format';
import type { PeoplePilotQuery } from '../../gql/graphql';
import { withDialogs } from '../../test/dialog';
import { renderScreen } from '../../test/render';
import { WITHDRAW_PARTICIPANT } from './operations';
import { Enrolled } from './PilotPeopleScreen';

withDialogs();

type Pilot = PeoplePilotQuery['pilot'];

function enrolment(id: string, name: string, active: boolean) {
  return {
    node: {
      id,
      role: 'Repairs team contact',
      active,
      enrolledAt: '2026-11-02T10:00:00.000Z',
      withdrawnAt: active ? null : '2026-11-20T10:00:00.000Z',
      selfEfficacyChange: null,
      participant: { id: `participant-${id}`, kind: 'STAFF', erased: false, displayName: name },
      selfEfficacyReadings: [{ id: `reading-${id}`, score: 3, recordedOn: '2026-11-02' }],
    },
  };
}

const PILOT = {
  id: 'pilot-1',
  name: 'Tenant repair panel',
  status: 'RUNNING',
  selfEfficacyChange: {
    participantsWithReadings: 2,
    participantsWithTwoReadings: 0,
    meanFirstReading: 3,
    meanLatestReading: 3,
    meanChange: null,
    note: '',
  },
  participants: { totalCount: 2, edges: [enrolment('e-1', 'Tom Briggs', true), enrolment('e-2', 'Jo Marsh', false)] },
} as unknown as Pilot;

const withdrawTom = { request: { query: WITHDRAW_PARTICIPANT, variables: { input: { enrolmentId: 'e-1' } } } };

function renderEnrolled(options: { mocks?: object[]; mayWithdraw?: boolean } = {}) {
  const onRecorded = vi.fn();
  renderScreen(
    <Enrolled
      pilot={PILOT}
      format={createFormatter('Europe/London', 'GBP')}
      mayRecord
      mayWithdraw={options.mayWithdraw ?? true}
      timeZone="Europe/London"
      onRecorded={onRecorded}
    />,
    {
      path: '/o/org-1/programmes/p-1/people/pilots/pilot-1',
      route: '/o/:organisationId/programmes/:programmeId/people/pilots/:pilotId',
      mocks: (options.mocks ?? []) as never,
    },
  );
  return { onRecorded };
}

describe('Withdrawing a participant from a pilot', () => {
  it('is offered for those still taking part, and asks first, saying what it keeps and that they may rejoin', async () => {
    renderEnrolled();
    expect(screen.queryByRole('button', { name: 'Withdraw Jo Marsh…' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Withdraw Tom Briggs…' }));
    const dialog = screen.getByRole('dialog', { name: 'Withdraw Tom Briggs from Tenant repair panel?' });
    const list = within(dialog).getByRole('list', { name: 'What withdrawing does' });
    expect(list).toHaveTextContent('Their enrolment, role and self-efficacy readings stay in the pilot’s figures.');
    expect(list).toHaveTextContent('Tom Briggs is still counted among the people the pilot has reached.');
    expect(list).toHaveTextContent('Tom Briggs can be enrolled again later');
    expect(list).toHaveTextContent('The People it gate counts only people still taking part');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  });

  it('withdraws the enrolment, says so, and gives the focus to their name, which stays in the table', async () => {
    const { onRecorded } = renderEnrolled({
      mocks: [
        {
          ...withdrawTom,
          result: {
            data: { withdrawParticipant: { __typename: 'Enrolment', id: 'e-1', active: false, withdrawnAt: '2026-12-03T09:00:00.000Z' } },
          },
        },
      ],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Withdraw Tom Briggs…' }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Withdraw Tom Briggs' }));
    await waitFor(() => expect(onRecorded).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('link', { name: 'Tom Briggs' })).toHaveFocus());
    expect(screen.getByText('Tom Briggs was withdrawn from Tenant repair panel.')).toBeInTheDocument();
  });

  it('names the problem in plain words when they had already left, and stays open', async () => {
    const errors = [
      new GraphQLError('Invalid input', {
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [{ field: 'input.enrolmentId', message: 'has already been withdrawn from the pilot' }],
        },
      }),
    ];
    const { onRecorded } = renderEnrolled({ mocks: [{ ...withdrawTom, result: { errors } }] });
    await userEvent.click(screen.getByRole('button', { name: 'Withdraw Tom Briggs…' }));
    const dialog = screen.getByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Withdraw Tom Briggs' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Has already been withdrawn from the pilot.');
    expect(onRecorded).not.toHaveBeenCalled();
  });

  it('is not offered to a role that may not plan', () => {
    renderEnrolled({ mayWithdraw: false });
    expect(screen.queryByRole('button', { name: /^Withdraw/ })).not.toBeInTheDocument();
  });
});
