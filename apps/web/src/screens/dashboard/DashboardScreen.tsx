import { useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { onReconnected } from '../../api/connection';
import { useOrganisation } from '../../app/frames';
import { Action, can } from '../../app/permissions';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { usePageTitle } from '../../components/PageTitle';
import { Pager } from '../../components/Pager';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { describeApiError } from '../../api/errors';
import { type Formatter, useFormat } from '../../format/format';
import type { DashboardTaskFieldsFragment, OrganisationDashboardQuery } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { hasDraft } from '../../forms/useDraft';
import { CREATE_PROGRAMME_FORM, CreateProgrammeForm } from './CreateProgrammeForm';
import { ExportsSection } from './ExportsSection';
import { ORGANISATION_CHANGES, ORGANISATION_DASHBOARD } from './operations';

/** Rows per page of each list; "Show more" adds as many again (the API lists at most 100). */
export const PAGE = 20;
const MAX = 100;

type Dashboard = OrganisationDashboardQuery['organisationDashboard'];

/** The organisation at a glance: programmes by step, the programmes, overdue tasks and the caller's work. */
export function DashboardScreen() {
  const organisation = useOrganisation();
  usePageTitle(t('dashboard.title'), organisation.name);
  const format = useFormat(organisation);
  const [limits, setLimits] = useState({ programmes: PAGE, overdue: PAGE, mine: PAGE });
  const { pathname } = useLocation();
  // A programme half-described before the session ended: its dialog opens again with the draft.
  const [creating, setCreating] = useState(() => hasDraft(pathname, CREATE_PROGRAMME_FORM));
  const { data, previousData, loading, error, refetch } = useQuery(ORGANISATION_DASHBOARD, {
    variables: limits,
    notifyOnNetworkStatusChange: true,
  });
  const dashboard = (data ?? previousData)?.organisationDashboard;

  // Others' changes (a move, a tick, a task) reload the counts, at most once a second.
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const refresh = () => {
    pending.current ??= setTimeout(() => {
      pending.current = undefined;
      void refetch();
    }, 1000);
  };
  useSubscription(ORGANISATION_CHANGES, { onData: refresh });
  useEffect(() => onReconnected(() => void refetch()), [refetch]);
  useEffect(() => () => clearTimeout(pending.current), []);

  const mayCreate = can(organisation.role, Action.RUN_PROGRAMMES);
  const heading = (
    <div className="page-heading">
      <h1>
        {t('dashboard.title')}
        <span className="page-heading__context"> · {organisation.name}</span>
      </h1>
      {mayCreate && dashboard && dashboard.programmeCount > 0 && (
        <Button variant="primary" onClick={() => setCreating(true)}>
          {t('dashboard.newProgramme.open')}
        </Button>
      )}
    </div>
  );

  if (!dashboard) {
    return (
      <>
        {heading}
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />}
      </>
    );
  }

  const more = (list: keyof typeof limits) => setLimits((l) => ({ ...l, [list]: Math.min(MAX, l[list] + PAGE) }));

  return (
    <>
      {heading}
      <p className="muted">{t('dashboard.today', { day: format.day(dashboard.today), timeZone: organisation.timeZone })}</p>
      {error && (
        <p className="banner banner--warning" role="status">
          {t('dashboard.stale', { problem: describeApiError(error).summary })}
        </p>
      )}
      {dashboard.programmeCount === 0 ? (
        <EmptyState title={t('dashboard.empty.title')}>
          {mayCreate ? (
            <>
              <p>{t('dashboard.empty.create')}</p>
              <CreateProgrammeForm />
            </>
          ) : (
            <p>{t('dashboard.empty.askSomeone')}</p>
          )}
        </EmptyState>
      ) : (
        <div className="dashboard">
          <Programmes
            dashboard={dashboard}
            format={format}
            organisationId={organisation.id}
            onMore={() => more('programmes')}
            busy={loading}
          />
          <ProgrammesByStep dashboard={dashboard} />
          <TaskList
            id="overdue"
            title={t('dashboard.overdue.title')}
            empty={t('dashboard.overdue.empty')}
            tasks={dashboard.overdueTasks.tasks}
            total={dashboard.overdueTasks.totalCount}
            format={format}
            organisationId={organisation.id}
            onMore={() => more('overdue')}
            busy={loading}
          />
          <TaskList
            id="my-work"
            title={t('dashboard.mine.title')}
            summary={
              dashboard.myWork.totalCount > 0
                ? t('dashboard.mine.summary', { count: dashboard.myWork.totalCount, overdue: dashboard.myWork.overdueCount })
                : undefined
            }
            empty={t('dashboard.mine.empty')}
            tasks={dashboard.myWork.tasks}
            total={dashboard.myWork.totalCount}
            format={format}
            organisationId={organisation.id}
            onMore={() => more('mine')}
            busy={loading}
          />
        </div>
      )}
      <ExportsSection organisationId={organisation.id} role={organisation.role} />
      <Dialog open={creating && dashboard.programmeCount > 0} title={t('dashboard.newProgramme.title')} onClose={() => setCreating(false)}>
        <CreateProgrammeForm onCancel={() => setCreating(false)} />
      </Dialog>
    </>
  );
}

function ProgrammesByStep({ dashboard }: { dashboard: Dashboard }) {
  return (
    <section aria-labelledby="by-step" className="card">
      <h2 id="by-step">{t('dashboard.byStep.title')}</h2>
      <table className="table table--compact">
        <thead>
          <tr>
            <th scope="col">{t('dashboard.byStep.step')}</th>
            <th scope="col" className="numeric">
              {t('status.ACTIVE')}
            </th>
            <th scope="col" className="numeric">
              {t('status.PAUSED')}
            </th>
            <th scope="col" className="numeric">
              {t('status.COMPLETED')}
            </th>
          </tr>
        </thead>
        <tbody>
          {dashboard.programmesByStep.map((row) => (
            <tr key={row.step}>
              <th scope="row">{t(`steps.${row.step}`)}</th>
              <td className="numeric">{row.active}</td>
              <td className="numeric">{row.paused}</td>
              <td className="numeric">{row.completed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Programmes({
  dashboard,
  format,
  organisationId,
  onMore,
  busy,
}: {
  dashboard: Dashboard;
  format: Formatter;
  organisationId: string;
  onMore: () => void;
  busy: boolean;
}) {
  // The list leaves archived programmes out, so its total does too.
  const total = dashboard.programmesByStep.reduce((sum, row) => sum + row.total - row.archived, 0);
  return (
    <section aria-labelledby="programmes" className="card card--wide">
      <h2 id="programmes">{t('dashboard.programmes.title')}</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('dashboard.programmes.name')}</th>
            <th scope="col">{t('dashboard.programmes.step')}</th>
            <th scope="col">{t('dashboard.programmes.gate')}</th>
            <th scope="col" className="numeric">
              {t('dashboard.programmes.tasksOpen')}
            </th>
            <th scope="col" className="numeric">
              {t('dashboard.programmes.tasksOverdue')}
            </th>
          </tr>
        </thead>
        <tbody>
          {dashboard.programmes.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                <Link to={`/o/${organisationId}/programmes/${p.id}`}>{p.name}</Link>
                {p.status !== 'ACTIVE' && <span className="tag">{t(`status.${p.status}`)}</span>}
              </th>
              <td>
                {t(`steps.${p.currentStep}`)}
                {p.cycle > 1 && <span className="muted"> · {t('dashboard.programmes.cycle', { cycle: p.cycle })}</span>}
                {p.daysInCurrentStep != null && (
                  <div className="muted">{t('dashboard.programmes.days', { count: p.daysInCurrentStep })}</div>
                )}
                {p.currentStepTargetDate && (
                  <div className="muted">{t('dashboard.programmes.target', { day: format.day(p.currentStepTargetDate) })}</div>
                )}
              </td>
              <td>
                {p.gateOpen ? t('dashboard.programmes.gateOpen') : t('dashboard.programmes.gateItems', { count: p.openRequiredItems })}
              </td>
              <td className="numeric">{format.number(p.tasksOpen)}</td>
              <td className={p.tasksOverdue > 0 ? 'numeric overdue' : 'numeric'}>{format.number(p.tasksOverdue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager shown={dashboard.programmes.length} total={total} onMore={onMore} busy={busy} />
    </section>
  );
}

interface TaskListProps {
  id: string;
  title: string;
  summary?: string;
  empty: string;
  tasks: DashboardTaskFieldsFragment[];
  total: number;
  format: Formatter;
  organisationId: string;
  onMore: () => void;
  busy: boolean;
}

function TaskList({ id, title, summary, empty, tasks, total, format, organisationId, onMore, busy }: TaskListProps) {
  return (
    <section aria-labelledby={id} className="card">
      <h2 id={id}>{title}</h2>
      {summary && <p className="muted">{summary}</p>}
      {tasks.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="task-list">
          {tasks.map((task) => (
            <li key={task.id}>
              <span className="task-list__title">{task.title}</span>
              <span className="task-list__meta">
                <Link to={`/o/${organisationId}/programmes/${task.programmeId}`}>{task.programmeName}</Link> · {t(`steps.${task.step}`)} ·{' '}
                {t(`priority.${task.priority}`)}
              </span>
              {task.dueDate && (
                <span className={task.daysOverdue > 0 ? 'task-list__due overdue' : 'task-list__due'}>
                  {task.daysOverdue > 0
                    ? t('dashboard.task.overdue', { day: format.day(task.dueDate), count: task.daysOverdue })
                    : t('dashboard.task.due', { day: format.day(task.dueDate) })}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <Pager shown={tasks.length} total={total} onMore={onMore} busy={busy} />
    </section>
  );
}
