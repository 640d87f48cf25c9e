import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useOrganisation } from '../../app/frames';
import { Action, can } from '../../app/permissions';
import { Button } from '../../components/Button';
import { ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../format/format';
import type { PilotStatus } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { areaPath } from '../workspace/areas';
import { Workspace, type WorkspaceProgramme } from '../workspace/Workspace';
import { EconomicsPanel } from './EconomicsPanel';
import { Metrics } from './Metrics';
import { PILOT_DETAIL } from './operations';
import { PilotEditor } from './PilotEditor';
import { mayMove, PilotMoves } from './PilotMoves';
import { dates } from './Pilots';
import './focus.css';

/** The lifecycle in order, for the "where it stands" line; ADAPT sends a pilot back to APPROVED. */
const PATH: readonly PilotStatus[] = ['PROPOSED', 'APPROVED', 'RUNNING', 'EVALUATING'];

/** Today in the organisation's time zone, as a LocalDate (YYYY-MM-DD). */
export function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** One pilot: its details, the lifecycle moves open to it, its outcome metrics with their chart, and its economics beside the reference cases. */
export function PilotScreen() {
  return <Workspace area="FOCUS">{(programme) => <PilotDetail programme={programme} />}</Workspace>;
}

function PilotDetail({ programme }: { programme: WorkspaceProgramme }) {
  const organisation = useOrganisation();
  const format = useFormat(organisation);
  const { pilotId = '' } = useParams();
  const { data, error, refetch } = useQuery(PILOT_DETAIL, { variables: { id: pilotId, programmeId: programme.id } });
  const [editing, setEditing] = useState(false);
  const today = useMemo(() => todayIn(organisation.timeZone), [organisation.timeZone]);
  const back = areaPath(organisation.id, programme.id, 'FOCUS');
  const archived = programme.status === 'ARCHIVED';
  const mayPlan = can(organisation.role, Action.PLAN) && !archived;
  const mayMeasure = can(organisation.role, Action.CONTRIBUTE) && !archived;
  const reload = () => void refetch();

  const backLink = (
    <p>
      <Link to={back}>{t('focusIt.pilot.back')}</Link>
    </p>
  );
  if (!data) {
    return (
      <>
        {backLink}
        {error ? <ErrorState error={error} onRetry={reload} /> : <LoadingState label={t('focusIt.pilot.loading')} />}
      </>
    );
  }
  const pilot = data.pilot;
  const final = pilot.status === 'SCALE' || pilot.status === 'STOP' || pilot.status === 'REJECTED';

  return (
    <div className="focus pilot">
      {backLink}
      <div className="pilot__heading">
        <h2>{pilot.name}</h2>
        <span className={`pilot-status pilot-status--${pilot.status.toLowerCase()}`}>{t(`focusIt.status.${pilot.status}`)}</span>
        {pilot.iteration > 1 && <span className="muted"> {t('focusIt.pilot.iteration', { n: pilot.iteration })}</span>}
      </div>
      {error && (
        <p className="banner banner--warning" role="status">
          {t('focusIt.stale')}
        </p>
      )}
      <nav aria-label={t('focusIt.pilot.sections')} className="focus__sections">
        <a href="#pilot-details">{t('focusIt.pilot.details')}</a>
        <a href="#pilot-lifecycle">{t('focusIt.pilot.lifecycle')}</a>
        <a href="#pilot-metrics">{t('focusIt.metrics.title')}</a>
        <a href="#pilot-economics">{t('focusIt.economics.title')}</a>
      </nav>

      <section className="card" aria-labelledby="pilot-details">
        <h3 id="pilot-details">{t('focusIt.pilot.details')}</h3>
        {editing ? (
          <PilotEditor
            pilot={pilot}
            areas={data.priorityAreas}
            onSaved={() => {
              setEditing(false);
              reload();
              requestAnimationFrame(() => document.getElementById('edit-pilot')?.focus());
            }}
            onCancel={() => {
              setEditing(false);
              requestAnimationFrame(() => document.getElementById('edit-pilot')?.focus());
            }}
            onReload={reload}
          />
        ) : (
          <>
            <dl className="facts">
              <dt>{t('focusIt.pilot.field.hypothesis')}</dt>
              <dd>{pilot.hypothesis || t('focusIt.pilot.noHypothesis')}</dd>
              <dt>{t('focusIt.pilot.field.area')}</dt>
              <dd>{pilot.priorityArea?.serviceAreaName ?? t('focusIt.pilot.field.noArea')}</dd>
              <dt>{t('focusIt.pilots.dates')}</dt>
              <dd>{dates(pilot.startDate, pilot.endDate, format)}</dd>
              <dt>{t('focusIt.pilots.budget')}</dt>
              <dd>{pilot.budget ? format.money(Number(pilot.budget.amount), pilot.budget.currency) : t('focusIt.pilot.noBudget')}</dd>
              <dt>{t('focusIt.pilot.field.target')}</dt>
              <dd>
                {pilot.targetParticipants == null
                  ? t('focusIt.pilot.noTarget')
                  : t('focusIt.pilot.people', { count: pilot.targetParticipants })}
              </dd>
              <dt>{t('focusIt.pilot.reached')}</dt>
              <dd>
                {pilot.enrolledParticipants > 0
                  ? t('focusIt.pilot.enrolled', { count: pilot.enrolledParticipants })
                  : pilot.participantsReached != null
                    ? t('focusIt.pilot.people', { count: pilot.participantsReached })
                    : t('focusIt.pilot.noneYet')}
              </dd>
              {pilot.lastReason && (
                <>
                  <dt>
                    {pilot.lastDecision
                      ? t('focusIt.pilot.lastDecision', { decision: t(`focusIt.decision.${pilot.lastDecision}`) })
                      : t('focusIt.pilot.lastReason')}
                  </dt>
                  <dd>{pilot.lastReason}</dd>
                </>
              )}
            </dl>
            {mayPlan && (
              <div className="actions">
                <Button id="edit-pilot" onClick={() => setEditing(true)}>
                  {t('focusIt.edit.open')}
                </Button>
              </div>
            )}
          </>
        )}
      </section>

      <section className="card" aria-labelledby="pilot-lifecycle">
        <h3 id="pilot-lifecycle" tabIndex={-1}>
          {t('focusIt.pilot.lifecycle')}
        </h3>
        <ol className="pilot__path" aria-label={t('focusIt.pilot.path')}>
          {PATH.map((status) => (
            <li
              key={status}
              className={status === pilot.status ? 'pilot__stage pilot__stage--current' : 'pilot__stage'}
              aria-current={status === pilot.status ? 'step' : undefined}
            >
              {t(`focusIt.status.${status}`)}
            </li>
          ))}
          <li className={final ? 'pilot__stage pilot__stage--current' : 'pilot__stage'} aria-current={final ? 'step' : undefined}>
            {final ? t(`focusIt.status.${pilot.status}`) : t('focusIt.pilot.decided')}
          </li>
        </ol>
        <p>{t(`focusIt.status.${pilot.status}.explain`)}</p>
        <PilotMoves
          pilot={pilot}
          may={(type) => !archived && mayMove(organisation.role, type)}
          onMoved={() => {
            reload();
            // The button that opened the move is gone with the move: the stage it led to takes the focus.
            requestAnimationFrame(() => document.getElementById('pilot-lifecycle')?.focus());
          }}
        />
      </section>

      <section className="card" aria-labelledby="pilot-metrics">
        <h3 id="pilot-metrics">{t('focusIt.metrics.title')}</h3>
        <Metrics
          pilotId={pilot.id}
          metrics={pilot.metrics}
          mayPlan={mayPlan}
          mayMeasure={mayMeasure}
          format={format}
          today={today}
          onChanged={reload}
        />
      </section>

      <section className="card" aria-labelledby="pilot-economics">
        <h3 id="pilot-economics">{t('focusIt.economics.title')}</h3>
        <p>{t('focusIt.economics.intro', { currency: pilot.currency })}</p>
        <EconomicsPanel
          pilot={pilot}
          referenceCases={data.referenceCases}
          mayPlan={mayPlan}
          format={format}
          today={today}
          onChanged={reload}
        />
      </section>
    </div>
  );
}
