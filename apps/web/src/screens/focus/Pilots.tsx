import { useMutation } from '@apollo/client/react';
import { type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../components/Button';
import { FormSummary } from '../../components/FormSummary';
import { useAnnounce } from '../../components/LiveRegion';
import { EmptyState } from '../../components/States';
import type { Formatter } from '../../format/format';
import { useDraft } from '../../forms/useDraft';
import { useFormErrors } from '../../forms/useFormErrors';
import type { FocusOverviewQuery, FocusPriorityAreaFragment } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { CREATE_PILOT } from './operations';
import { PilotFields, pilotProblems, type PilotValues } from './PilotFields';

type PilotRow = FocusOverviewQuery['pilots']['edges'][number]['node'];

export interface PilotsProps {
  programmeId: string;
  pilots: readonly PilotRow[];
  areas: readonly FocusPriorityAreaFragment[];
  mayPlan: boolean;
  currency: string;
  format: Formatter;
  basePath: string;
}

/** The programme's pilots, newest first, and a form to propose one. */
export function Pilots({ programmeId, pilots, areas, mayPlan, currency, format, basePath }: PilotsProps) {
  return (
    <>
      <p>{t('focusIt.pilots.intro')}</p>
      {!mayPlan && <p className="muted">{t('focusIt.pilots.readOnly')}</p>}
      {pilots.length === 0 ? (
        <EmptyState title={t('focusIt.pilots.empty')}>{mayPlan && <p>{t('focusIt.pilots.emptyHint')}</p>}</EmptyState>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('focusIt.pilots.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('focusIt.pilots.name')}</th>
              <th scope="col">{t('focusIt.pilots.area')}</th>
              <th scope="col">{t('focusIt.pilots.status')}</th>
              <th scope="col">{t('focusIt.pilots.dates')}</th>
              <th scope="col" className="numeric">
                {t('focusIt.pilots.budget')}
              </th>
            </tr>
          </thead>
          <tbody>
            {pilots.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <Link to={`${basePath}/pilots/${p.id}`}>{p.name}</Link>
                </th>
                <td>{p.priorityArea?.serviceAreaName ?? '—'}</td>
                <td>
                  <span className={`pilot-status pilot-status--${p.status.toLowerCase()}`}>{t(`focusIt.status.${p.status}`)}</span>
                  {p.iteration > 1 && <span className="muted"> {t('focusIt.pilot.iteration', { n: p.iteration })}</span>}
                </td>
                <td>{dates(p.startDate, p.endDate, format)}</td>
                <td className="numeric">{p.budget ? format.money(Number(p.budget.amount), p.budget.currency) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {mayPlan && <ProposePilot programmeId={programmeId} areas={areas} currency={currency} basePath={basePath} />}
    </>
  );
}

export function dates(start: string | null | undefined, end: string | null | undefined, format: Formatter): string {
  if (start && end) return t('focusIt.dates.range', { start: format.day(start), end: format.day(end) });
  if (start) return t('focusIt.dates.from', { start: format.day(start) });
  if (end) return t('focusIt.dates.until', { end: format.day(end) });
  return t('focusIt.dates.none');
}

const EMPTY: PilotValues = { name: '', hypothesis: '', priorityAreaId: '', startDate: '', endDate: '', budget: '', targetParticipants: '' };

function ProposePilot({
  programmeId,
  areas,
  currency,
  basePath,
}: {
  programmeId: string;
  areas: readonly FocusPriorityAreaFragment[];
  currency: string;
  basePath: string;
}) {
  const draft = useDraft('propose-pilot', EMPTY);
  const errors = useFormErrors(draft.values);
  const announce = useAnnounce();
  const navigate = useNavigate();
  const [create, { loading }] = useMutation(CREATE_PILOT);
  const v = draft.values;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local = pilotProblems(v);
    if (Object.keys(local).length > 0) {
      errors.setLocal(local, t('forms.fixBelow'));
      return;
    }
    try {
      const { data } = await create({
        variables: {
          input: {
            programmeId,
            name: v.name.trim(),
            hypothesis: v.hypothesis.trim(),
            priorityAreaId: v.priorityAreaId || undefined,
            startDate: v.startDate || undefined,
            endDate: v.endDate || undefined,
            budget: v.budget.trim() || undefined,
            targetParticipants: v.targetParticipants.trim() ? Number(v.targetParticipants.trim()) : undefined,
          },
        },
      });
      draft.clear();
      errors.clear();
      if (data) {
        announce(t('focusIt.propose.pilot.done', { name: data.createPilot.name }));
        void navigate(`${basePath}/pilots/${data.createPilot.id}`);
      }
    } catch (error) {
      errors.fromError(error);
    }
  };

  return (
    <section className="card focus__form" aria-labelledby="propose-pilot-title">
      <h3 id="propose-pilot-title">{t('focusIt.propose.pilot.title')}</h3>
      <p className="hint">{t('focusIt.propose.pilot.hint')}</p>
      <form onSubmit={submit} noValidate aria-labelledby="propose-pilot-title">
        <FormSummary message={errors.summary} fields={errors.problem?.fields} />
        <PilotFields
          values={v}
          set={(field, value) => draft.set(field, value)}
          error={(field) => errors.field(field)}
          areas={areas}
          currency={currency}
        />
        <div className="actions">
          <Button type="submit" variant="primary" busy={loading}>
            {t('focusIt.propose.pilot.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
