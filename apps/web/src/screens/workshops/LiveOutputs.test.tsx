import { ApolloLink } from '@apollo/client';
import { MockLink, MockSubscriptionLink } from '@apollo/client/testing';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError, OperationTypeNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderScreen } from '../../test/render';
import { LiveOutputs } from './LiveOutputs';
import { WORKSHOP_OUTPUTS } from './operations';
import type { OutputsContext } from './Outputs';

const output = (id: string, kind: string, text: string, guestName: string | null = null) => ({
  __typename: 'WorkshopOutput',
  id,
  kind,
  text,
  agendaItemId: null,
  guestName,
  convertedKind: null,
  convertedId: null,
  conversionStands: null,
  version: 1,
});
const ACTION = output('out-1', 'ACTION', 'Ask the friends group to map the ponds');
const GUEST_NOTE = output('out-2', 'NOTE', 'The bus stops are too far from the park', 'Robin');
const VOTE = output('out-3', 'DECISION', 'The vote put the riverside first');

const outputsRead = (outputs: object[]) => ({
  request: { query: WORKSHOP_OUTPUTS, variables: { id: 'w-1' } },
  result: { data: { workshop: { __typename: 'Workshop', id: 'w-1', outputs } } },
});

const CONTEXT: OutputsContext = {
  organisationId: 'org-1',
  programmeId: 'p-1',
  step: 'MAP',
  members: [{ id: 'user-2', name: 'Sam Consultant' }],
  serviceAreas: [{ id: 'sa-1', name: 'Parks', active: true }],
  checklistItems: [],
};

/** The outputs with the reads given in order, and the programme's events sent by the test when it says. */
function renderLive(reads: object[]) {
  const events = new MockSubscriptionLink();
  const link = ApolloLink.split(
    ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
    events,
    new MockLink(reads as never),
  );
  renderScreen(<LiveOutputs workshopId="w-1" programmeId="p-1" agenda={[]} context={CONTEXT} mayChange />, {
    path: '/o/org-1/workshops/w-1/run',
    link,
  });
  let n = 0;
  const hear = (type: string, workshopId = 'w-1') =>
    act(() =>
      events.simulateResult({
        result: {
          data: { programmeEvents: { __typename: 'HistoryEvent', id: `e-${++n}`, type, payload: { programmeId: 'p-1', workshopId } } },
        },
      }),
    );
  return { hear };
}

const list = () => screen.getByRole('list', { name: 'Outputs in the order captured' });
const pause = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

describe('LiveOutputs (run mode’s outputs, kept current)', () => {
  it('shows a guest’s note as it arrives, saying who added it, without closing a convert form being filled in', async () => {
    const user = userEvent.setup();
    const { hear } = renderLive([outputsRead([ACTION]), outputsRead([ACTION, GUEST_NOTE]), outputsRead([ACTION, GUEST_NOTE, VOTE])]);
    const action = await screen.findByRole('listitem', { name: /Ask the friends group/ });
    await user.click(within(action).getByRole('button', { name: /^Convert/ }));
    const form = within(action).getByRole('form', { name: 'Convert the output into a record' });
    await user.type(within(form).getByRole('textbox', { name: /Task title/ }), 'Map the ponds with the friends group');

    // Another workshop's capture and a vote being cast change nothing here.
    hear('WORKSHOP_OUTPUTS_CAPTURED', 'w-2');
    hear('WORKSHOP_VOTES_CAST');
    await pause(300);
    expect(within(list()).getAllByRole('listitem')).toHaveLength(1);

    hear('WORKSHOP_OUTPUTS_CAPTURED');
    const note = await screen.findByRole('listitem', { name: 'Note: The bus stops are too far from the park' });
    expect(note).toHaveTextContent('From Robin, a guest in the room');
    expect(within(action).getByRole('form', { name: 'Convert the output into a record' })).toBeInTheDocument();
    expect(within(action).getByRole('textbox', { name: /Task title/ })).toHaveValue('Map the ponds with the friends group');

    // A closed vote's decision comes the same way.
    hear('WORKSHOP_VOTE_CLOSED');
    expect(await screen.findByRole('listitem', { name: 'Decision: The vote put the riverside first' })).not.toHaveTextContent('a guest');
    expect(within(action).getByRole('textbox', { name: /Task title/ })).toHaveValue('Map the ponds with the friends group');
  });

  it('keeps the list it has when a refresh fails, says so, and tries again on request', async () => {
    const user = userEvent.setup();
    const down = new GraphQLError('The service is briefly unavailable.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    const { hear } = renderLive([
      outputsRead([ACTION]),
      { request: { query: WORKSHOP_OUTPUTS, variables: { id: 'w-1' } }, result: { errors: [down] } },
      outputsRead([ACTION, GUEST_NOTE]),
    ]);
    await screen.findByRole('listitem', { name: /Ask the friends group/ });
    hear('WORKSHOP_OUTPUT_CHANGED');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The newest outputs could not be loaded, so this list may miss some:');
    expect(within(list()).getAllByRole('listitem')).toHaveLength(1);

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('listitem', { name: /The bus stops/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
