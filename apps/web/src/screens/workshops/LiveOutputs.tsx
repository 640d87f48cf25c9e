import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { onReconnected } from '../../api/connection';
import { type ApiProblem, describeApiError } from '../../api/errors';
import { Button } from '../../components/Button';
import { ErrorState, LoadingState } from '../../components/States';
import { t } from '../../i18n/i18n';
import { type AgendaItem, WORKSHOP_OUTPUT_EVENTS, WORKSHOP_OUTPUTS } from './operations';
import { Outputs, type OutputsContext } from './Outputs';

/** The programme's events after which a workshop's outputs differ (a guest's note is a capture too). */
const OUTPUT_EVENTS = new Set([
  'WORKSHOP_OUTPUTS_CAPTURED',
  'WORKSHOP_OUTPUT_CHANGED',
  'WORKSHOP_OUTPUT_CONVERTED',
  'WORKSHOP_VOTE_CLOSED',
]);

/** Events heard within this many milliseconds are read together. */
const BURST_MS = 150;

/**
 * A workshop's outputs kept current while the room works: the programme's events say when this
 * workshop's outputs changed (a guest's note, another laptop's capture, a closed vote's decision),
 * and the outputs alone are read again into the cache, so the page's workshop shows them too. Each
 * output keeps its own state (an open convert or edit form) across a refresh, as items are keyed
 * by id; the capture list is a draft of its own and is not touched.
 */
export function LiveOutputs({
  workshopId,
  programmeId,
  agenda,
  context,
  mayChange,
}: {
  workshopId: string;
  programmeId: string;
  agenda: readonly AgendaItem[];
  context: OutputsContext;
  mayChange: boolean;
}) {
  const client = useApolloClient();
  const variables = { id: workshopId };
  // Usually answered from the cache: the page's own read holds the same fields.
  const query = useQuery(WORKSHOP_OUTPUTS, { variables });
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const reading = useRef(false);
  const again = useRef(false);

  const read = useCallback(async () => {
    // One read at a time: an event heard during a read asks for another after it, so the last
    // read always starts after the last change (identical reads in flight would be merged).
    if (reading.current) {
      again.current = true;
      return;
    }
    reading.current = true;
    try {
      do {
        again.current = false;
        await client.query({ query: WORKSHOP_OUTPUTS, variables: { id: workshopId }, fetchPolicy: 'network-only' });
        setProblem(null);
      } while (again.current);
    } catch (error) {
      setProblem(describeApiError(error));
    } finally {
      reading.current = false;
    }
  }, [client, workshopId]);

  const soon = useCallback(() => {
    timer.current ??= setTimeout(() => {
      timer.current = undefined;
      void read();
    }, BURST_MS);
  }, [read]);

  useSubscription(WORKSHOP_OUTPUT_EVENTS, {
    variables: { programmeId },
    onData: ({ data }) => {
      const event = data.data?.programmeEvents;
      if (event && OUTPUT_EVENTS.has(event.type) && event.payload.workshopId === workshopId) soon();
    },
  });

  // Events that went by while the connection was down are not replayed: read the outputs again.
  useEffect(() => onReconnected(soon), [soon]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const outputs = query.data?.workshop.outputs;
  if (!outputs) {
    return query.error ? (
      <ErrorState error={query.error} onRetry={() => void query.refetch()} />
    ) : (
      <LoadingState label={t('workshops.outputs.loading')} />
    );
  }
  return (
    <>
      {problem && (
        <div className="form-summary" role="alert">
          <p>{t('workshops.outputs.refreshFailed', { problem: problem.summary })}</p>
          <Button onClick={() => void read()}>{t('common.tryAgain')}</Button>
        </div>
      )}
      <Outputs outputs={outputs} agenda={agenda} context={context} mayChange={mayChange} />
    </>
  );
}
