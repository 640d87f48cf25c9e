import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderScreen } from '../../test/render';
import type { RunPanelProps } from './RunPanels';
import {
  CAST_WORKSHOP_VOTES,
  CLOSE_VOTE_ROUND,
  OPEN_VOTE_ROUND,
  SELECT_FROM_VOTE,
  VOTE_OPTION_SOURCES,
  WORKSHOP_ROOM,
  WORKSHOP_ROOM_CHANGED,
} from './roomOperations';
import { VotingPanel } from './VotingPanel';

const WORKSHOP = { id: 'w-1', programmeId: 'p-1', status: 'RUNNING' } as unknown as RunPanelProps['workshop'];

interface Dots {
  mine?: Record<string, number>;
  totals?: Record<string, number>;
  status?: 'OPEN' | 'CLOSED';
  voters?: number;
}

/** The round "Where do we start?" over three options, 3 dots each, as the API would answer it. */
function round({ mine = {}, totals = {}, status = 'OPEN', voters = 0 }: Dots = {}) {
  const labels = ['Allotments', 'Play streets', 'Riverside paths'];
  const all = Object.values(totals).reduce((s, d) => s + d, 0);
  const ranks = labels.map((_, i) => totals[`o-${i + 1}`] ?? 0);
  return {
    __typename: 'VoteRound',
    id: 'r-1',
    position: 1,
    question: 'Where do we start?',
    dotsPerVoter: 3,
    anonymous: false,
    status,
    voterCount: voters,
    myDotsLeft: 3 - Object.values(mine).reduce((s, d) => s + d, 0),
    canVote: status === 'OPEN',
    decisionOutputId: status === 'CLOSED' ? 'out-9' : null,
    closedAt: status === 'CLOSED' ? '2027-03-04T11:00:00Z' : null,
    version: 1,
    myBallot: Object.entries(mine).map(([optionId, dots]) => ({ __typename: 'BallotLine', optionId, dots })),
    options: labels.map((label, i) => {
      const dots = ranks[i];
      return {
        __typename: 'VoteOption',
        id: `o-${i + 1}`,
        position: i + 1,
        label,
        dots,
        rank: 1 + ranks.filter((d) => d > dots).length,
        share: all ? dots / all : 0,
        voters: dots ? ['Pat Example'] : [],
        priorityAreaId: i === 0 ? 'pa-1' : null,
        initiativeId: null,
      };
    }),
  };
}

const room = (r: ReturnType<typeof round> | null) => ({
  __typename: 'WorkshopRoom',
  workshopId: 'w-1',
  title: 'Choosing where to start',
  status: 'RUNNING',
  guestName: null,
  agenda: [],
  round: r,
});

const roomQuery = (r: ReturnType<typeof round> | null) => ({
  request: { query: WORKSHOP_ROOM, variables: { workshopId: 'w-1' } },
  result: { data: { workshopRoom: room(r) } },
});
const quiet = {
  request: { query: WORKSHOP_ROOM_CHANGED, variables: { workshopId: 'w-1' } },
  result: { data: { workshopRoomChanged: room(round()) } },
  delay: 600_000,
};
const cast = (ballot: Array<{ optionId: string; dots: number }>, result: object) => ({
  request: { query: CAST_WORKSHOP_VOTES, variables: { input: { roundId: 'r-1', ballot } } },
  result,
});

function renderPanel(mocks: object[], mayPlan = true) {
  return renderScreen(<VotingPanel workshop={WORKSHOP} organisationId="org-1" mayPlan={mayPlan} mayContribute />, {
    path: '/o/org-1/workshops/w-1/run',
    mocks: mocks as never,
  });
}

describe('VotingPanel (dot-voting in run mode)', () => {
  it('places dots with the keyboard, one press at a time, and counts the dots left', async () => {
    const user = userEvent.setup();
    renderPanel([
      roomQuery(round()),
      quiet,
      cast([{ optionId: 'o-2', dots: 1 }], { data: { castWorkshopVotes: round({ mine: { 'o-2': 1 }, totals: { 'o-2': 1 }, voters: 1 }) } }),
      cast([{ optionId: 'o-2', dots: 2 }], { data: { castWorkshopVotes: round({ mine: { 'o-2': 2 }, totals: { 'o-2': 2 }, voters: 1 }) } }),
    ]);
    expect(await screen.findByRole('heading', { name: 'Where do we start?' })).toBeInTheDocument();
    expect(screen.getByText('You have 3 dots left')).toBeInTheDocument();
    const more = screen.getByRole('button', { name: 'Put a dot on Play streets' });
    const less = screen.getByRole('button', { name: 'Take a dot off Play streets' });
    expect(less).toBeDisabled();

    more.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('You have 2 dots left')).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByText('1 dot (100%)')).toHaveLength(1));
    await user.keyboard(' ');
    expect(await screen.findByText('You have 1 dot left')).toBeInTheDocument();
    const option = screen.getByText('Play streets').closest('li')!;
    await waitFor(() => expect(within(option).getByText('2 dots (100%)')).toBeInTheDocument());
    expect(within(option).getByText('2 of yours')).toBeInTheDocument();
    expect(within(option).getByText('Dots from Pat Example')).toBeInTheDocument();
    expect(within(option).getByRole('meter')).toHaveAttribute('aria-valuetext', '2 dots (100%)');
    expect(less).toBeEnabled();
  });

  it('shows the refusal in plain words and puts the dots back as they were', async () => {
    const user = userEvent.setup();
    const closed = new GraphQLError('Round 1 has closed, so its ballots are final.', { extensions: { code: 'INVALID_TRANSITION' } });
    renderPanel([roomQuery(round()), quiet, cast([{ optionId: 'o-1', dots: 1 }], { errors: [closed] })]);
    await user.click(await screen.findByRole('button', { name: 'Put a dot on Allotments' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your dots were not placed.');
    expect(alert).toHaveTextContent('Round 1 has closed, so its ballots are final.');
    await waitFor(() => expect(screen.getByText('You have 3 dots left')).toBeInTheDocument());
    expect(within(screen.getByText('Allotments').closest('li')!).getByText('none of yours')).toBeInTheDocument();
  });

  it('with every dot placed, offers no more + and takes one back with −', async () => {
    const user = userEvent.setup();
    renderPanel([
      roomQuery(round({ mine: { 'o-1': 3 }, totals: { 'o-1': 3 }, voters: 1 })),
      quiet,
      cast([{ optionId: 'o-1', dots: 2 }], { data: { castWorkshopVotes: round({ mine: { 'o-1': 2 }, totals: { 'o-1': 2 }, voters: 1 }) } }),
    ]);
    expect(await screen.findByText('You have placed all your dots')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Put a dot on Riverside paths' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Take a dot off Allotments' }));
    expect(await screen.findByText('You have 1 dot left')).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getByText('Allotments').closest('li')!).getByText('2 of yours')).toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Put a dot on Riverside paths' })).toBeEnabled();
  });

  it('follows the tally live when others vote, and shows the ranked result once the facilitator closes the round', async () => {
    const user = userEvent.setup();
    renderPanel([
      roomQuery(round()),
      {
        request: { query: WORKSHOP_ROOM_CHANGED, variables: { workshopId: 'w-1' } },
        result: { data: { workshopRoomChanged: room(round({ totals: { 'o-3': 2, 'o-1': 1 }, voters: 2 })) } },
        delay: 150,
      },
      {
        request: { query: CLOSE_VOTE_ROUND, variables: { input: { roundId: 'r-1', version: 1 } } },
        result: { data: { closeVoteRound: round({ totals: { 'o-3': 2, 'o-1': 1 }, voters: 2, status: 'CLOSED' }) } },
      },
    ]);
    expect(await screen.findByText('2 people have voted', { exact: false })).toBeInTheDocument();
    expect(within(screen.getByText('Riverside paths').closest('li')!).getByText('2 dots (67%)')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Close the vote' }));
    const result = await screen.findByRole('list', { name: 'Result' });
    expect(
      within(result)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.round__label')?.textContent),
    ).toEqual(['1. Riverside paths', '2. Allotments', '3. Play streets']);
    expect(screen.getByText('The result is recorded as a decision of the workshop.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Put a dot/ })).toBeNull();
    // A programme manager decides: the top places can go forward for piloting.
    expect(screen.getByRole('button', { name: 'Choose the top area' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start another vote' })).toBeInTheDocument();
  });

  it('offers no start or close to someone who only contributes', async () => {
    renderPanel([roomQuery(round()), quiet], false);
    expect(await screen.findByText('You have 3 dots left')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Close the vote' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Start/ })).toBeNull();
  });

  it('opens a round over priority areas and free lines, naming what is missing first', async () => {
    const user = userEvent.setup();
    const areas = [
      { __typename: 'PriorityArea', id: 'pa-1', serviceAreaName: 'Allotments', selected: false },
      { __typename: 'PriorityArea', id: 'pa-2', serviceAreaName: 'Parks', selected: true },
    ];
    renderPanel([
      roomQuery(null),
      quiet,
      { request: { query: VOTE_OPTION_SOURCES, variables: { programmeId: 'p-1' } }, result: { data: { priorityAreas: areas } } },
      {
        request: {
          query: OPEN_VOTE_ROUND,
          variables: {
            input: {
              workshopId: 'w-1',
              question: 'Where do we start?',
              dotsPerVoter: 3,
              anonymous: true,
              options: [{ priorityAreaId: 'pa-1' }, { label: 'Play streets' }],
            },
          },
        },
        result: { data: { openVoteRound: round() } },
      },
    ]);
    expect(await screen.findByText('No vote has been held in this workshop yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start a vote' }));
    await user.click(screen.getByRole('button', { name: 'Start the vote' }));
    expect(await screen.findByRole('alert')).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Question' })).toHaveAccessibleDescription(/Type the question the room votes on\./);
    expect(screen.getByRole('textbox', { name: 'Other options, one on each line' })).toHaveAccessibleDescription(/Give at least 2 options/);

    await user.type(screen.getByRole('textbox', { name: 'Question' }), 'Where do we start?');
    await user.click(screen.getByRole('radio', { name: 'Keep it anonymous (only the totals are kept)' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Allotments' }));
    expect(screen.getByText('(already chosen for piloting)')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Other options, one on each line' }), 'Play streets{Enter}  ');
    expect(screen.getByText('2 options so far.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start the vote' }));
    expect(await screen.findByRole('button', { name: 'Close the vote' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Where do we start?' })).toBeInTheDocument();
  });

  it('chooses the priority areas in a closed round’s top places for piloting', async () => {
    const user = userEvent.setup();
    const closed = round({ totals: { 'o-1': 3 }, voters: 1, status: 'CLOSED' });
    renderPanel([
      roomQuery(closed),
      quiet,
      {
        request: { query: SELECT_FROM_VOTE, variables: { input: { roundId: 'r-1', top: 1 } } },
        result: {
          data: {
            selectPriorityAreasFromVote: [{ __typename: 'PriorityArea', id: 'pa-1', serviceAreaName: 'Allotments', selected: true }],
          },
        },
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Choose the top area' }));
    expect(await screen.findByText('Chosen for piloting: Allotments.')).toBeInTheDocument();
  });
});
