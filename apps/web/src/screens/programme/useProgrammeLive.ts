import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useConnectionState } from '../../api/connection';
import type { JourneyEventFragment, ProgrammeMissedEventsQuery } from '../../gql/graphql';
import { MISSED_EVENTS, PROGRAMME_EVENTS } from './operations';

export interface LiveOptions {
  programmeId: string;
  /** The newest event the loaded board reflects (Programme.lastEventSequence); null until it has loaded. */
  loadedSequence: number | null;
  /** New events, each once and in sequence order, whether heard live or fetched after a reconnect. */
  onEvents: (events: JourneyEventFragment[]) => void;
}

/** Events heard within this many milliseconds are handled together (createTasks of ten writes ten events). */
const BURST_MS = 150;

/**
 * A programme's changes as they happen: `programmeEvents` over the live connection, numbered by
 * sequence. A gap in the numbers, or the connection coming back after being lost, fetches what was
 * missed with `journey(afterSequence:)`, so nothing is skipped and nothing is handled twice.
 * Answers the events heard so far in this visit, newest first, for the journey.
 */
export function useProgrammeLive({ programmeId, loadedSequence, onEvents }: LiveOptions): JourneyEventFragment[] {
  const client = useApolloClient();
  const lastSeen = useRef<number | null>(null);
  const queue = useRef<JourneyEventFragment[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const catchingUp = useRef<Promise<void> | null>(null);
  const handler = useRef(onEvents);
  handler.current = onEvents;
  const [heard, setHeard] = useState<JourneyEventFragment[]>([]);

  // The board's own reads move the mark on too: a fresh read already shows those events' effects.
  useEffect(() => {
    if (loadedSequence != null && (lastSeen.current == null || loadedSequence > lastSeen.current)) lastSeen.current = loadedSequence;
  }, [loadedSequence]);

  const flush = useCallback(() => {
    timer.current = undefined;
    const events = queue.current.sort((a, b) => (a.sequence ?? 0) - (b.sequence ?? 0));
    queue.current = [];
    if (events.length === 0) return;
    setHeard((h) => [...events.slice().reverse(), ...h.filter((e) => !events.some((n) => n.id === e.id))]);
    handler.current(events);
  }, []);

  const accept = useCallback(
    (events: JourneyEventFragment[]) => {
      for (const event of events) {
        const sequence = event.sequence ?? 0;
        if (lastSeen.current != null && sequence <= lastSeen.current) continue;
        lastSeen.current = sequence;
        queue.current.push(event);
      }
      timer.current ??= setTimeout(flush, BURST_MS);
    },
    [flush],
  );

  const catchUp = useCallback(() => {
    if (lastSeen.current == null) return Promise.resolve();
    catchingUp.current ??= (async () => {
      try {
        // A page of 100 at a time, each after the newest accepted so far; a long outage takes several.
        for (let more = true; more;) {
          const result: { data?: ProgrammeMissedEventsQuery } = await client.query({
            query: MISSED_EVENTS,
            variables: { id: programmeId, afterSequence: lastSeen.current ?? 0 },
            fetchPolicy: 'network-only',
          });
          const journey = result.data?.programme.journey;
          if (!journey) return;
          accept(journey.edges.map((e) => e.node));
          more = journey.pageInfo.hasNextPage && journey.edges.length > 0;
        }
      } catch {
        // The next event or reconnect tries again; the board shows its own load errors.
      } finally {
        catchingUp.current = null;
      }
    })();
    return catchingUp.current;
  }, [accept, client, programmeId]);

  useSubscription(PROGRAMME_EVENTS, {
    variables: { programmeId },
    onData: ({ data }) => {
      const event = data.data?.programmeEvents;
      if (!event) return;
      const sequence = event.sequence ?? 0;
      // A gap means events went by unheard (the connection blinked): fetch them in order first.
      if (lastSeen.current != null && sequence > lastSeen.current + 1) void catchUp().then(() => accept([event]));
      else accept([event]);
    },
  });

  // Whenever the connection is (back) up with the board loaded, fetch what went by meanwhile: events
  // between the board's read and the subscription starting, or while the socket was down.
  const connection = useConnectionState();
  const loaded = loadedSequence != null;
  useEffect(() => {
    if (connection === 'connected' && loaded) void catchUp();
  }, [connection, loaded, catchUp]);
  useEffect(() => () => clearTimeout(timer.current), []);
  return heard;
}
