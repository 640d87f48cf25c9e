import { MockedProvider } from '@apollo/client/testing/react';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createCache } from '../../api/client';
import type { JourneyEventFragment } from '../../gql/graphql';
import { MISSED_EVENTS, PROGRAMME_EVENTS } from './operations';
import { useProgrammeLive } from './useProgrammeLive';

const event = (sequence: number, type = 'TASK_CREATED'): JourneyEventFragment & { __typename: 'HistoryEvent' } => ({
  __typename: 'HistoryEvent',
  id: `event-${sequence}`,
  sequence,
  type,
  kind: 'EDIT',
  occurredAt: '2026-12-02T10:00:00Z',
  actorType: 'USER',
  actorUserId: 'user-2',
  actorApiKeyName: null,
  payload: { step: 'MAP' },
});

function live(mocks: ReadonlyArray<object>, loadedSequence: number) {
  const onEvents = vi.fn();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MockedProvider mocks={mocks as never} cache={createCache()}>
      {children}
    </MockedProvider>
  );
  const hook = renderHook(() => useProgrammeLive({ programmeId: 'p-1', loadedSequence, onEvents }), { wrapper });
  return { onEvents, hook };
}

describe('useProgrammeLive', () => {
  it('hands on the next event heard, once', async () => {
    const { onEvents, hook } = live(
      [{ request: { query: PROGRAMME_EVENTS, variables: { programmeId: 'p-1' } }, result: { data: { programmeEvents: event(4) } } }],
      3,
    );
    await waitFor(() => expect(onEvents).toHaveBeenCalledTimes(1));
    expect(onEvents.mock.calls[0][0].map((e: JourneyEventFragment) => e.sequence)).toEqual([4]);
    expect(hook.result.current.map((e) => e.sequence)).toEqual([4]);
  });

  it('fetches the events it missed when the next one heard skips numbers, and hands them on in order', async () => {
    const mocks = [
      { request: { query: PROGRAMME_EVENTS, variables: { programmeId: 'p-1' } }, result: { data: { programmeEvents: event(6) } } },
      {
        request: { query: MISSED_EVENTS, variables: { id: 'p-1', afterSequence: 3 } },
        result: {
          data: {
            programme: {
              __typename: 'Programme',
              id: 'p-1',
              journey: {
                __typename: 'HistoryEventConnection',
                pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'Mw==' },
                edges: [4, 5, 6].map((n) => ({ __typename: 'HistoryEventEdge', node: event(n) })),
              },
            },
          },
        },
      },
    ];
    const { onEvents, hook } = live(mocks, 3);
    await waitFor(() => expect(onEvents).toHaveBeenCalled());
    const handed = onEvents.mock.calls.flatMap((call) => call[0].map((e: JourneyEventFragment) => e.sequence));
    expect(handed).toEqual([4, 5, 6]); // each once, in order, though 6 was heard first
    // The hook's own list updates in a render after the call: wait for it rather than race it.
    await waitFor(() => expect(hook.result.current.map((e) => e.sequence)).toEqual([6, 5, 4]));
  });

  it('ignores an event the board already shows', async () => {
    const { onEvents } = live(
      [{ request: { query: PROGRAMME_EVENTS, variables: { programmeId: 'p-1' } }, result: { data: { programmeEvents: event(3) } } }],
      3,
    );
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(onEvents).not.toHaveBeenCalled();
  });
});
