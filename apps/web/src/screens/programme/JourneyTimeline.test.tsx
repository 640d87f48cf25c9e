import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFormatter } from '../../format/format';
import { renderScreen } from '../../test/render';
import type { EventNames } from './events';
import { Journey } from './Journey';
import { PROGRAMME_JOURNEY } from './operations';

const names: EventNames = { person: (id) => ({ 'user-1': 'You' })[id], item: () => undefined, describe: () => undefined };

const node = (sequence: number, type: string, kind: string, payload: Record<string, unknown> = {}) => ({
  __typename: 'HistoryEvent',
  id: `e${sequence}`,
  sequence,
  type,
  kind,
  occurredAt: `2026-12-02T10:0${sequence}:00Z`,
  actorType: 'USER',
  actorUserId: 'user-1',
  actorApiKeyName: null,
  payload,
});

describe('Journey', () => {
  it('shows the programme’s creation as the start of the journey, never folded into the edits after it', async () => {
    // Newest first, as the API answers: an edit made just after creating the programme, then the creation.
    const edges = [node(2, 'PROGRAMME_UPDATED', 'EDIT'), node(1, 'PROGRAMME_CREATED', 'EDIT')].map((n) => ({
      __typename: 'HistoryEventEdge',
      node: n,
    }));
    const mocks = [
      {
        request: { query: PROGRAMME_JOURNEY, variables: { id: 'p-1', first: 30 } },
        result: {
          data: {
            programme: {
              __typename: 'Programme',
              id: 'p-1',
              journey: {
                __typename: 'HistoryEventConnection',
                totalCount: 2,
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
                edges,
              },
            },
          },
        },
      },
    ];
    renderScreen(<Journey programmeId="p-1" recent={[]} names={names} format={createFormatter('Europe/London', 'GBP')} />, { mocks });

    const start = (await screen.findByText('You started the programme at Map it.')).closest('li')!;
    expect(within(start).getByText('Start')).toBeInTheDocument();
    expect(within(start).queryByText('Edit')).toBeNull();
    expect(start.querySelector('details')).toBeNull();
    expect(screen.queryByText('2 edits')).toBeNull();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });
});
