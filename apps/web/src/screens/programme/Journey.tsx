import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { describeApiError } from '../../api/errors';
import { Button } from '../../components/Button';
import { ErrorState, LoadingState } from '../../components/States';
import type { Formatter } from '../../format/format';
import type { JourneyEventFragment } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { describeEvent, type EventNames } from './events';
import { PROGRAMME_JOURNEY, PROGRAMME_JOURNEY_BEFORE } from './operations';

const PAGE = 30;

/**
 * A line of the timeline: the programme's creation, where the journey starts; one event; a run of
 * consecutive edits (any type) folded into one; or a run of the same evidence by the same person
 * (six readings in a row) folded into one. Moves and decisions always stand on their own.
 */
export type JourneyLine =
  | { kind: 'start'; event: JourneyEventFragment }
  | { kind: 'event'; event: JourneyEventFragment }
  | { kind: 'edits'; events: JourneyEventFragment[] }
  | { kind: 'repeated'; events: JourneyEventFragment[] };

/**
 * The event that begins a journey. The history catalogue files it under EDIT (a record was created,
 * libs/history/src/event-catalogue.ts), which is right for filters; the timeline shows it as the start.
 */
const START = 'PROGRAMME_CREATED';

const actorOf = (e: JourneyEventFragment) => `${e.actorType}:${e.actorUserId ?? e.actorApiKeyName ?? ''}`;

/** Folds runs of edits, and runs of one kind of evidence by one person, so moves and decisions stand out. */
export function foldJourney(events: readonly JourneyEventFragment[]): JourneyLine[] {
  const lines: JourneyLine[] = [];
  for (const event of events) {
    const last = lines.at(-1);
    if (event.type === START) {
      lines.push({ kind: 'start', event });
    } else if (event.kind === 'EDIT') {
      if (last?.kind === 'edits') last.events.push(event);
      else lines.push({ kind: 'edits', events: [event] });
    } else if (event.kind === 'MOVE' || event.kind === 'DECISION') {
      lines.push({ kind: 'event', event });
    } else if (last && last.kind !== 'edits' && last.kind !== 'start') {
      const previous = last.kind === 'event' ? last.event : last.events[0];
      if (
        previous.type === event.type &&
        actorOf(previous) === actorOf(event) &&
        previous.kind !== 'MOVE' &&
        previous.kind !== 'DECISION'
      ) {
        if (last.kind === 'event') lines[lines.length - 1] = { kind: 'repeated', events: [previous, event] };
        else last.events.push(event);
      } else lines.push({ kind: 'event', event });
    } else {
      lines.push({ kind: 'event', event });
    }
  }
  return lines;
}

export interface JourneyProps {
  programmeId: string;
  /** Events heard live in this visit, newest first (useProgrammeLive), merged into the timeline. */
  recent: readonly JourneyEventFragment[];
  names: EventNames;
  format: Formatter;
}

/** The programme's journey, newest first: moves and decisions as they happened, edits folded. */
export function Journey({ programmeId, recent, names, format }: JourneyProps) {
  const client = useApolloClient();
  const { data, error, refetch } = useQuery(PROGRAMME_JOURNEY, {
    variables: { id: programmeId, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const [older, setOlder] = useState<JourneyEventFragment[]>([]);
  const [olderState, setOlderState] = useState<{ busy: boolean; done: boolean; error?: string }>({ busy: false, done: false });

  const firstPage = data?.programme.journey;
  if (!firstPage) return error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />;

  // Live events, the first page and older pages may overlap: each event once, newest first.
  const bySequence = new Map<number, JourneyEventFragment>();
  for (const event of [...recent, ...firstPage.edges.map((e) => e.node), ...older]) bySequence.set(event.sequence ?? 0, event);
  const events = [...bySequence.values()].sort((a, b) => (b.sequence ?? 0) - (a.sequence ?? 0));
  const oldest = events.at(-1)?.sequence ?? 0;
  // The first page's count, plus what was heard live since it was read.
  const newestRead = firstPage.edges[0]?.node.sequence ?? 0;
  const total = firstPage.totalCount + recent.filter((e) => (e.sequence ?? 0) > newestRead).length;
  const more = !olderState.done && (older.length > 0 || firstPage.pageInfo.hasNextPage) && oldest > 1;

  const loadOlder = async () => {
    setOlderState({ busy: true, done: false });
    try {
      const { data: page } = await client.query({
        query: PROGRAMME_JOURNEY_BEFORE,
        variables: { id: programmeId, before: oldest, first: PAGE },
        fetchPolicy: 'network-only',
      });
      const journey = page?.programme.journey;
      setOlder((o) => [...o, ...(journey?.edges.map((e) => e.node) ?? [])]);
      setOlderState({ busy: false, done: !journey?.pageInfo.hasNextPage });
    } catch (e) {
      setOlderState({ busy: false, done: false, error: describeApiError(e).summary });
    }
  };

  if (events.length === 0) return <p className="muted">{t('programme.journey.empty')}</p>;
  return (
    <>
      <ol className="timeline">
        {foldJourney(events).map((line) => {
          if (line.kind === 'start') {
            return (
              <li key={line.event.id} className="timeline__line timeline__line--start">
                <EventLine event={line.event} label={t('programme.journey.start')} names={names} format={format} />
              </li>
            );
          }
          if (line.kind === 'event' || line.events.length === 1) {
            const event = line.kind === 'event' ? line.event : line.events[0];
            return (
              <li key={event.id} className={`timeline__line timeline__line--${event.kind.toLowerCase()}`}>
                <EventLine event={event} names={names} format={format} />
              </li>
            );
          }
          const first = line.events[0];
          const summary =
            line.kind === 'edits'
              ? t('programme.journey.edits', { count: line.events.length })
              : t('programme.journey.repeated', { text: describeEvent(first, names), count: line.events.length });
          return (
            <li key={first.id} className={`timeline__line timeline__line--${first.kind.toLowerCase()}`}>
              <details>
                <summary>
                  {summary}{' '}
                  <span className="muted">{span(format.dateTime(line.events.at(-1)!.occurredAt), format.dateTime(first.occurredAt))}</span>
                </summary>
                <ol className="timeline timeline--nested">
                  {line.events.map((event) => (
                    <li key={event.id} className={`timeline__line timeline__line--${event.kind.toLowerCase()}`}>
                      <EventLine event={event} names={names} format={format} />
                    </li>
                  ))}
                </ol>
              </details>
            </li>
          );
        })}
      </ol>
      <div className="pager">
        <p className="pager__count">{t('common.showingOf', { shown: Math.min(events.length, total), total })}</p>
        {more && (
          <Button onClick={() => void loadOlder()} busy={olderState.busy}>
            {t('programme.journey.older')}
          </Button>
        )}
      </div>
      {olderState.error && (
        <p className="state--error" role="alert">
          {olderState.error}
        </p>
      )}
    </>
  );
}

/** "2 Dec, 15:55" once when a run of edits fits in one minute, else from and to. */
function span(from: string, to: string): string {
  return from === to ? t('programme.journey.at', { when: from }) : t('programme.journey.between', { from, to });
}

function EventLine({ event, label, names, format }: { event: JourneyEventFragment; label?: string; names: EventNames; format: Formatter }) {
  return (
    <>
      <span className="timeline__kind">{label ?? t(`programme.journey.kind.${event.kind}`)}</span>
      <span className="timeline__text">{describeEvent(event, names)}</span>
      <time className="timeline__time muted" dateTime={event.occurredAt}>
        {format.dateTime(event.occurredAt)}
      </time>
    </>
  );
}
