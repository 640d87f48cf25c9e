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

/** A line of the timeline: one event, or a run of consecutive edits folded into one. */
export type JourneyLine = { kind: 'event'; event: JourneyEventFragment } | { kind: 'edits'; events: JourneyEventFragment[] };

/** Folds each run of consecutive EDIT events into one line, so the moves and decisions stand out. */
export function foldEdits(events: readonly JourneyEventFragment[]): JourneyLine[] {
  const lines: JourneyLine[] = [];
  for (const event of events) {
    const last = lines.at(-1);
    if (event.kind !== 'EDIT') lines.push({ kind: 'event', event });
    else if (last?.kind === 'edits') last.events.push(event);
    else lines.push({ kind: 'edits', events: [event] });
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
  const { data, error, refetch } = useQuery(PROGRAMME_JOURNEY, { variables: { id: programmeId, first: PAGE }, fetchPolicy: 'cache-and-network' });
  const [older, setOlder] = useState<JourneyEventFragment[]>([]);
  const [olderState, setOlderState] = useState<{ busy: boolean; done: boolean; error?: string }>({ busy: false, done: false });

  const firstPage = data?.programme.journey;
  if (!firstPage) return error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />;

  // Live events, the first page and older pages may overlap: each event once, newest first.
  const bySequence = new Map<number, JourneyEventFragment>();
  for (const event of [...recent, ...firstPage.edges.map((e) => e.node), ...older]) bySequence.set(event.sequence ?? 0, event);
  const events = [...bySequence.values()].sort((a, b) => (b.sequence ?? 0) - (a.sequence ?? 0));
  const oldest = events.at(-1)?.sequence ?? 0;
  const more = !olderState.done && (older.length > 0 || firstPage.pageInfo.hasNextPage) && oldest > 1;

  const loadOlder = async () => {
    setOlderState({ busy: true, done: false });
    try {
      const { data: page } = await client.query({ query: PROGRAMME_JOURNEY_BEFORE, variables: { id: programmeId, before: oldest, first: PAGE }, fetchPolicy: 'network-only' });
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
        {foldEdits(events).map((line) =>
          line.kind === 'event' ? (
            <li key={line.event.id} className={`timeline__line timeline__line--${line.event.kind.toLowerCase()}`}>
              <EventLine event={line.event} names={names} format={format} />
            </li>
          ) : (
            <li key={line.events[0].id} className="timeline__line timeline__line--edit">
              {line.events.length === 1 ? (
                <EventLine event={line.events[0]} names={names} format={format} />
              ) : (
                <details>
                  <summary>
                    {t('programme.journey.edits', { count: line.events.length })}{' '}
                    <span className="muted">
                      {t('programme.journey.between', { from: format.dateTime(line.events.at(-1)!.occurredAt), to: format.dateTime(line.events[0].occurredAt) })}
                    </span>
                  </summary>
                  <ol className="timeline timeline--nested">
                    {line.events.map((event) => (
                      <li key={event.id} className="timeline__line timeline__line--edit">
                        <EventLine event={event} names={names} format={format} />
                      </li>
                    ))}
                  </ol>
                </details>
              )}
            </li>
          ),
        )}
      </ol>
      <div className="pager">
        <p className="pager__count">{t('common.showingOf', { shown: Math.min(events.length, Math.max(firstPage.totalCount, events.length)), total: Math.max(firstPage.totalCount, events.length) })}</p>
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

function EventLine({ event, names, format }: { event: JourneyEventFragment; names: EventNames; format: Formatter }) {
  return (
    <>
      <span className="timeline__kind">{t(`programme.journey.kind.${event.kind}`)}</span>
      <span className="timeline__text">{describeEvent(event, names)}</span>
      <time className="timeline__time muted" dateTime={event.occurredAt}>
        {format.dateTime(event.occurredAt)}
      </time>
    </>
  );
}
