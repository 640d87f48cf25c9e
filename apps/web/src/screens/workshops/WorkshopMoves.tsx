import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { WORKSHOP_TRANSITIONS, type WorkshopMove, type WorkshopStatus } from '../../../../../libs/workflow/src/workshop-lifecycle';
import { type ApiProblem, describeApiError } from '../../api/errors';
import { Button } from '../../components/Button';
import { useAnnounce } from '../../components/LiveRegion';
import { t } from '../../i18n/i18n';
import { CANCEL_WORKSHOP, END_WORKSHOP, START_WORKSHOP, type WorkshopDetail } from './operations';

/** Where each move leads (libs/workflow's table). */
const MOVED_TO = Object.fromEntries(WORKSHOP_TRANSITIONS.map((row) => [row.move, row.to])) as Record<WorkshopMove, WorkshopStatus>;

/** Moves that end something ask first. */
const ASKS: ReadonlySet<WorkshopMove> = new Set(['END', 'CANCEL']);

/**
 * Where the workshop stands and the moves its status allows (the lifecycle table of
 * libs/workflow), offered only to those who plan; while it runs, the way into run mode.
 */
export function WorkshopMoves({ workshop, mayPlan, runPath }: { workshop: WorkshopDetail; mayPlan: boolean; runPath: string }) {
  const announce = useAnnounce();
  const [asking, setAsking] = useState<WorkshopMove | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [start, starting] = useMutation(START_WORKSHOP);
  const [end, ending] = useMutation(END_WORKSHOP);
  const [cancel, cancelling] = useMutation(CANCEL_WORKSHOP);
  const busy = starting.loading || ending.loading || cancelling.loading;
  const moves = mayPlan ? WORKSHOP_TRANSITIONS.filter((row) => row.from.includes(workshop.status)).map((row) => row.move) : [];

  const make = async (move: WorkshopMove) => {
    const variables = { input: { workshopId: workshop.id, version: workshop.version } };
    try {
      if (move === 'START') await start({ variables });
      if (move === 'END') await end({ variables });
      if (move === 'CANCEL') await cancel({ variables });
      setProblem(null);
      setAsking(null);
      announce(t('workshops.moves.done', { status: t(`workshops.status.${MOVED_TO[move]}`).toLowerCase() }));
    } catch (error) {
      setProblem(describeApiError(error));
      setAsking(null);
    }
  };

  return (
    <>
      <p>{t(`workshops.moves.next.${workshop.status}`)}</p>
      {workshop.status === 'RUNNING' && (
        <p>
          <Link to={runPath} className="button button--primary">
            {t('workshops.page.runLink')}
          </Link>
        </p>
      )}
      {problem && (
        <div className="form-summary" role="alert">
          <p>{problem.summary}</p>
        </div>
      )}
      {asking ? (
        <div role="group" aria-label={t(`workshops.moves.${asking}`)} className="workshops__confirm">
          <p>{t(`workshops.moves.confirm.${asking as 'END' | 'CANCEL'}`)}</p>
          <div className="actions">
            <Button variant="danger" busy={busy} onClick={() => void make(asking)} autoFocus>
              {t(`workshops.moves.${asking}`)}
            </Button>
            <Button onClick={() => setAsking(null)}>{t('workshops.keep')}</Button>
          </div>
        </div>
      ) : (
        moves.length > 0 && (
          <div className="actions">
            {moves.map((move) => (
              <Button
                key={move}
                variant={move === 'START' ? 'primary' : move === 'CANCEL' ? 'danger' : 'secondary'}
                busy={busy}
                onClick={() => (ASKS.has(move) ? setAsking(move) : void make(move))}
              >
                {t(`workshops.moves.${move}`)}
              </Button>
            ))}
          </div>
        )
      )}
    </>
  );
}
