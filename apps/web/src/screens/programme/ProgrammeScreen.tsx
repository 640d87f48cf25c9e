import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useCallback, useMemo, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { describeApiError } from '../../api/errors';
import { useMe, useOrganisation } from '../../app/frames';
import { Button } from '../../components/Button';
import { CsvDownload } from '../../components/CsvDownload';
import { Field } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { useAnnounce } from '../../components/LiveRegion';
import { usePageTitle } from '../../components/PageTitle';
import { ErrorState, LoadingState } from '../../components/States';
import { MemberSelectField } from '../../components/MemberSelectField';
import { type Formatter, useFormat } from '../../format/format';
import { useFormErrors } from '../../forms/useFormErrors';
import type { BoardStepFragment, JourneyEventFragment, ProgrammeBoardQuery, Step } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { areaPath } from '../workspace/areas';
import { ProgrammeCalendarCard } from '../calendars/ProgrammeCalendarCard';
import { ProgrammeWorkshopsCard } from '../workshops/ProgrammeWorkshopsCard';
import { Checklist } from './Checklist';
import { ConflictMessage } from './ConflictMessage';
import { describeEvent, type EventNames } from './events';
import { Journey } from './Journey';
import { type MoveChoice, MoveDialog, moveLabel, type OfferedMove } from './MoveDialog';
import {
  ADVANCE_STEP,
  ARCHIVE_PROGRAMME,
  COMPLETE_PROGRAMME,
  EVENT_TYPES,
  MISSED_EVENTS,
  PAUSE_PROGRAMME,
  PROGRAMME_BOARD,
  REOPEN_STEP,
  RESUME_PROGRAMME,
  START_NEXT_CYCLE,
  UPDATE_STEP,
} from './operations';
import { ProgrammeReport } from './ProgrammeReport';
import { type Member, Tasks } from './Tasks';
import { useProgrammeLive } from './useProgrammeLive';
import './programme.css';

type Board = ProgrammeBoardQuery['programme'];

/** Event types whose effects the task list shows. */
const TASK_EVENT = /^TASK_/;

/**
 * A programme's board: the five steps with the current one highlighted, each step's gate,
 * checklist and the verdicts it was passed with; the moves the caller may make; tasks; the journey.
 * Others' changes arrive live (useProgrammeLive), are announced politely and redrawn at once.
 */
export function ProgrammeScreen() {
  const organisation = useOrganisation();
  const me = useMe();
  const format = useFormat(organisation);
  const client = useApolloClient();
  const announce = useAnnounce();
  const { programmeId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const { data, error, refetch } = useQuery(PROGRAMME_BOARD, { variables: { id: programmeId } });
  const { data: catalogue } = useQuery(EVENT_TYPES, { fetchPolicy: 'cache-first' });
  const programme = data?.programme;
  usePageTitle(programme?.name, organisation.name);

  const members: Member[] = useMemo(
    () =>
      (data?.members.edges ?? [])
        .map((e) => ({ id: e.node.user.id, name: e.node.user.displayName }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [data?.members],
  );
  const names: EventNames = useMemo(() => {
    const people = new Map(members.map((m) => [m.id, m.name]));
    const items = new Map((programme?.steps ?? []).flatMap((s) => s.items.map((i) => [i.key, i.title] as const)));
    const descriptions = new Map((catalogue?.historyEventTypes ?? []).map((e) => [e.type, e.description]));
    return {
      person: (id) => (id === me.id ? t('programme.event.you') : people.get(id)),
      item: (key) => items.get(key),
      describe: (type) => descriptions.get(type),
    };
  }, [members, programme?.steps, catalogue, me.id]);
  const person = useCallback((id: string) => members.find((m) => m.id === id)?.name, [members]);

  const onEvents = useCallback(
    (events: JourneyEventFragment[]) => {
      const include = ['ProgrammeBoard', ...(events.some((e) => TASK_EVENT.test(e.type)) ? ['ProgrammeTasks'] : [])];
      void client.refetchQueries({ include });
      const others = events.filter((e) => !(e.actorType === 'USER' && e.actorUserId === me.id));
      if (others.length > 0) announce(others.map((e) => describeEvent(e, names)).join(' '));
    },
    [client, me.id, announce, names],
  );
  const recent = useProgrammeLive({ programmeId, loadedSequence: programme?.lastEventSequence ?? null, onEvents });

  if (!programme) {
    return (
      <>
        <Breadcrumbs organisationId={organisation.id} organisationName={organisation.name} />
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState label={t('programme.loading')} />}
      </>
    );
  }

  const selected = (search.get('step') as Step | null) ?? programme.currentStep;
  const step = programme.steps.find((s) => s.step === selected) ?? programme.steps.find((s) => s.step === programme.currentStep)!;
  const select = (value: Step) =>
    setSearch(
      (params) => {
        if (value === programme.currentStep) params.delete('step');
        else params.set('step', value);
        return params;
      },
      { replace: true },
    );

  return (
    <>
      <Breadcrumbs organisationId={organisation.id} organisationName={organisation.name} />
      <div className="page-heading">
        <h1>
          {programme.name}
          <span className="page-heading__context"> · {organisation.name}</span>
        </h1>
      </div>
      {programme.description && <p>{programme.description}</p>}
      <p className="programme__summary">
        <span className={`status status--${programme.status.toLowerCase()}`}>{t(`status.${programme.status}`)}</span>{' '}
        {t('programme.where', { step: t(`steps.${programme.currentStep}`), cycle: programme.cycle })}
      </p>
      {error && (
        <p className="banner banner--warning" role="status">
          {t('programme.stale', { problem: describeApiError(error).summary })}
        </p>
      )}
      <Moves programme={programme} onMoved={() => refetch().catch(() => undefined)} names={names} />
      <StepBoard programme={programme} selected={step.step} onSelect={select} format={format} />
      <div className="programme__layout">
        <StepDetail
          programme={programme}
          step={step}
          members={members}
          format={format}
          person={person}
          names={names}
          onChanged={() => void refetch()}
        />
        <section className="card programme__journey" aria-labelledby="journey-title">
          <h2 id="journey-title">{t('programme.journey.title')}</h2>
          <Journey programmeId={programme.id} recent={recent} names={names} format={format} />
        </section>
      </div>
      <section className="card programme__tasks" aria-labelledby="tasks-title">
        <h2 id="tasks-title">{t('programme.tasks.title', { cycle: programme.cycle })}</h2>
        <Tasks
          programmeId={programme.id}
          cycle={programme.cycle}
          currentStep={programme.currentStep}
          members={members}
          mayManage={programme.permissions.manageTasks && programme.status !== 'ARCHIVED'}
          timeZone={organisation.timeZone}
          format={format}
          person={person}
        />
        <CsvDownload organisationId={organisation.id} kind="tasks" programmeId={programme.id} />
      </section>
      <ProgrammeWorkshopsCard organisationId={organisation.id} programmeId={programme.id} format={format} />
      <ProgrammeCalendarCard programmeId={programme.id} format={format} />
      <section className="card" aria-labelledby="report-title">
        <h2 id="report-title">{t('programme.report.title')}</h2>
        <ProgrammeReport organisationId={organisation.id} name={programme.name} paths={programme.documents} />
      </section>
    </>
  );
}

function Breadcrumbs({ organisationId, organisationName }: { organisationId: string; organisationName: string }) {
  return (
    <nav aria-label={t('programme.breadcrumbs')} className="breadcrumbs">
      <Link to={`/o/${organisationId}`}>{t('dashboard.title')}</Link> · {organisationName}
    </nav>
  );
}

/** The five steps in order, the current one highlighted; choosing one shows its checklist below. */
function StepBoard({
  programme,
  selected,
  onSelect,
  format,
}: {
  programme: Board;
  selected: Step;
  onSelect: (step: Step) => void;
  format: Formatter;
}) {
  return (
    <nav aria-label={t('programme.board.label')}>
      <ol className="board">
        {programme.steps.map((s, index) => {
          const current = s.step === programme.currentStep;
          return (
            <li
              key={s.id}
              className={[
                'board__step',
                `board__step--${s.state.toLowerCase()}`,
                current ? 'board__step--current' : '',
                s.step === selected ? 'board__step--selected' : '',
              ].join(' ')}
            >
              {/* Named by what it shows, the step first ("Map it In progress 2 items open"), so that a
                  person who speaks to their computer can say what they see (WCAG 2.5.3, label in name);
                  the spaces keep the parts apart in that name. */}
              <button
                type="button"
                className="board__button"
                aria-pressed={s.step === selected}
                aria-current={current ? 'step' : undefined}
                onClick={() => onSelect(s.step)}
              >
                <span className="board__number" aria-hidden="true">
                  {index + 1}
                </span>{' '}
                <span className="board__name">{s.name}</span>{' '}
                <span className="board__state">
                  {current
                    ? t('programme.board.current', { state: t(`programme.stepState.${s.state}`) })
                    : t(`programme.stepState.${s.state}`)}
                </span>{' '}
                <span className="board__gate">
                  {s.state === 'COMPLETED'
                    ? s.gate.passedByOverride
                      ? t('programme.board.passedOverride')
                      : t('programme.board.passed', { day: s.completedAt ? format.date(s.completedAt) : '' })
                    : s.gate.open
                      ? t('programme.gate.open')
                      : t('programme.board.itemsOpen', { count: s.gate.requiredTotal - s.gate.requiredSatisfied })}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** The moves the caller may make now (Programme.availableMoves: the lifecycle and their role), each through the move dialog. */
function Moves({ programme, onMoved, names }: { programme: Board; onMoved: () => Promise<unknown>; names: EventNames }) {
  const client = useApolloClient();
  const announce = useAnnounce();
  const [open, setOpen] = useState<{ type: OfferedMove['type']; version: number; sequence: number } | null>(null);
  const [conflict, setConflict] = useState<string[] | null>(null);
  const group = useRef<HTMLDivElement>(null);
  const [advance] = useMutation(ADVANCE_STEP);
  const [complete] = useMutation(COMPLETE_PROGRAMME);
  const [nextCycle] = useMutation(START_NEXT_CYCLE);
  const [reopen] = useMutation(REOPEN_STEP);
  const [pause] = useMutation(PAUSE_PROGRAMME);
  const [resume] = useMutation(RESUME_PROGRAMME);
  const [archive] = useMutation(ARCHIVE_PROGRAMME);

  const moves = programme.availableMoves;
  if (moves.length === 0) {
    return programme.permissions.move ? null : <p className="muted programme__no-moves">{t('programme.move.notYours')}</p>;
  }
  const offered: OfferedMove | null = open ? (moves.find((m) => m.type === open.type) ?? null) : null;

  const confirm = async ({ reason, step }: MoveChoice) => {
    if (!open) return;
    const base = { programmeId: programme.id, version: open.version };
    const gated = { ...base, ...(reason ? { overrideReason: reason } : {}) };
    setConflict(null);
    try {
      switch (open.type) {
        case 'ADVANCE':
          await advance({ variables: { input: gated } });
          break;
        case 'COMPLETE':
          await complete({ variables: { input: gated } });
          break;
        case 'START_NEXT_CYCLE':
          await nextCycle({ variables: { input: gated } });
          break;
        case 'REOPEN':
          await reopen({ variables: { input: { ...base, step: step!, reason: reason ?? '' } } });
          break;
        case 'PAUSE':
          await pause({ variables: { input: base } });
          break;
        case 'RESUME':
          await resume({ variables: { input: base } });
          break;
        case 'ARCHIVE':
          await archive({ variables: { input: base } });
          break;
      }
    } catch (error) {
      if (describeApiError(error).code === 'CONFLICT') setConflict(await missedSince(client, programme.id, open.sequence, names));
      throw error;
    }
    announce(t('programme.move.done', { move: moveLabel(offered ?? { type: open.type, overridesGate: false }) }));
    setOpen(null);
    await onMoved();
    // The button that opened the dialog may be gone once the board is read again (Pause becomes
    // Resume): then focus stays among the moves rather than falling to the page.
    requestAnimationFrame(() => {
      if (!document.activeElement || document.activeElement === document.body) group.current?.focus();
    });
  };

  return (
    <div ref={group} tabIndex={-1} className="moves" role="group" aria-label={t('programme.move.group')}>
      {moves.map((move) => (
        <Button
          key={move.type}
          variant={move.type === 'ADVANCE' || move.type === 'COMPLETE' ? 'primary' : move.type === 'ARCHIVE' ? 'danger' : 'secondary'}
          onClick={() => {
            setConflict(null);
            setOpen({ type: move.type, version: programme.version, sequence: programme.lastEventSequence });
          }}
        >
          {moveLabel(move)}
        </Button>
      ))}
      <MoveDialog
        move={open ? (offered ?? { type: open.type, reasonRequired: false, overridesGate: false, steps: [] }) : null}
        unavailable={open !== null && offered === null}
        programmeName={programme.name}
        currentStep={programme.currentStep}
        onConfirm={confirm}
        onClose={() => setOpen(null)}
        conflict={
          conflict && {
            changes: conflict,
            onReload: async () => {
              await client.refetchQueries({ include: ['ProgrammeBoard'] });
              const fresh = client.readQuery({ query: PROGRAMME_BOARD, variables: { id: programme.id } })?.programme;
              setOpen((o) => (o && fresh ? { ...o, version: fresh.version, sequence: fresh.lastEventSequence } : o));
              setConflict(null);
            },
          }
        }
      />
    </div>
  );
}

/** What others did since `sequence`, in words, for a conflict message. */
async function missedSince(
  client: ReturnType<typeof useApolloClient>,
  programmeId: string,
  sequence: number,
  names: EventNames,
): Promise<string[]> {
  try {
    const { data } = await client.query({
      query: MISSED_EVENTS,
      variables: { id: programmeId, afterSequence: sequence },
      fetchPolicy: 'network-only',
    });
    return (data?.programme.journey.edges ?? []).map((e) => describeEvent(e.node, names));
  } catch {
    return [];
  }
}

function StepDetail(props: {
  programme: Board;
  step: BoardStepFragment;
  members: Member[];
  format: Formatter;
  person: (id: string) => string | undefined;
  names: EventNames;
  onChanged: () => void;
}) {
  const { programme, step, members, format, person, onChanged } = props;
  const organisation = useOrganisation();
  const gate = step.gate;
  const record = step.gateRecords.find((r) => r.setAsideAt == null);
  const setAside = step.gateRecords.filter((r) => r.setAsideAt != null);
  return (
    <section className="card programme__step" aria-labelledby="step-title">
      <h2 id="step-title">
        {t('programme.step.title', { step: step.name, cycle: step.cycle })}
        <span className="tag">{t(`programme.stepState.${step.state}`)}</span>
      </h2>
      <p className="muted">{step.purpose}</p>
      <p>
        <Link className="step__work" to={areaPath(organisation.id, programme.id, step.step)}>
          {t('workspace.open', { step: step.name })}
        </Link>
      </p>
      <dl className="facts">
        <dt>{t('programme.step.owner')}</dt>
        <dd>{step.ownerId ? (person(step.ownerId) ?? t('programme.event.formerMember')) : t('programme.step.noOwner')}</dd>
        <dt>{t('programme.step.target')}</dt>
        <dd>{step.targetDate ? format.day(step.targetDate) : t('programme.step.noTarget')}</dd>
        {step.startedAt && (
          <>
            <dt>{t('programme.step.started')}</dt>
            <dd>{format.date(step.startedAt)}</dd>
          </>
        )}
        {step.completedAt && (
          <>
            <dt>{t('programme.step.completed')}</dt>
            <dd>{format.date(step.completedAt)}</dd>
          </>
        )}
      </dl>
      {programme.permissions.edit && programme.status !== 'ARCHIVED' && step.cycle === programme.cycle && (
        <StepSettings key={step.id} programme={programme} step={step} members={members} names={props.names} onSaved={onChanged} />
      )}

      <h3>{t('programme.gate.title')}</h3>
      {step.state === 'COMPLETED' && gate.recorded ? (
        <div className={gate.passedByOverride ? 'gate gate--override' : 'gate gate--open'}>
          <p>
            {t(gate.passedByOverride ? 'programme.gate.passedOverride' : 'programme.gate.passed', {
              when: gate.passedAt ? format.dateTime(gate.passedAt) : '',
            })}
          </p>
          {record?.passedBy && <p>{t('programme.gate.passedBy', { who: person(record.passedBy) ?? t('programme.event.formerMember') })}</p>}
          {gate.overrideReason && (
            <blockquote className="gate__reason">
              <p className="visually-hidden">{t('programme.gate.reason')}</p>
              {gate.overrideReason}
            </blockquote>
          )}
          <p className="muted">{t('programme.gate.counts', { satisfied: gate.requiredSatisfied, total: gate.requiredTotal })}</p>
          {!step.liveGate.open && (
            <p className="muted">
              {t('programme.gate.todayShut', { count: step.liveGate.requiredTotal - step.liveGate.requiredSatisfied })}
            </p>
          )}
          <p className="muted">{t('programme.gate.recordedVerdicts')}</p>
        </div>
      ) : step.state === 'NOT_STARTED' ? (
        <p className="gate">{t('programme.gate.notStarted')}</p>
      ) : gate.open ? (
        <p className="gate gate--open">
          {t('programme.gate.openExplained', { satisfied: gate.requiredSatisfied, total: gate.requiredTotal })}
        </p>
      ) : (
        <div className="gate gate--shut">
          <p>{t('programme.gate.shut', { count: gate.openItems.length })}</p>
          <ul>
            {gate.openItems.map((item) => (
              <li key={item.key}>
                <strong>{item.title}</strong>: {item.explanation}
              </li>
            ))}
          </ul>
        </div>
      )}

      <h3>{t('programme.checklist.title')}</h3>
      <Checklist
        items={step.items}
        stepName={step.name}
        stepState={step.state}
        programmeStatus={programme.status}
        mayTick={programme.permissions.tickItems && step.cycle === programme.cycle}
        format={format}
        person={person}
        onChanged={onChanged}
      />
      {setAside.length > 0 && (
        <details className="gate-records">
          <summary>{t('programme.gate.setAside', { count: setAside.length })}</summary>
          <ul>
            {setAside.map((r) => (
              <li key={r.id}>
                {t(r.passedByOverride ? 'programme.gate.recordOverride' : 'programme.gate.record', {
                  passed: format.dateTime(r.passedAt),
                  setAside: format.dateTime(r.setAsideAt!),
                  satisfied: r.gate.requiredSatisfied,
                  total: r.gate.requiredTotal,
                })}
                {r.overrideReason && <> “{r.overrideReason}”</>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** The step's owner and target date (an owner is what the "Someone owns this step" item checks). */
function StepSettings({
  programme,
  step,
  members,
  names,
  onSaved,
}: {
  programme: Board;
  step: BoardStepFragment;
  members: Member[];
  names: EventNames;
  onSaved: () => void;
}) {
  const client = useApolloClient();
  const announce = useAnnounce();
  const live = { ownerId: step.ownerId ?? '', targetDate: step.targetDate ?? '' };
  // Until the user changes something the form shows the step as it is now (live updates included);
  // from the first change it keeps their values and the programme as it was then (base), whose
  // version the save sends. A null base (after a conflict's reload) means "as it is now".
  type Base = { version: number; sequence: number; ownerId: string; targetDate: string };
  const [edit, setEdit] = useState<{ base: Base | null; values: typeof live } | null>(null);
  const values = edit?.values ?? live;
  const errors = useFormErrors(values);
  const [conflict, setConflict] = useState<string[] | null>(null);
  const [save, { loading }] = useMutation(UPDATE_STEP);
  const now = (): Base => ({ version: programme.version, sequence: programme.lastEventSequence, ...live });
  const set = (field: 'ownerId' | 'targetDate') => (e: { target: { value: string } }) => {
    const value = e.target.value;
    setEdit((current) => ({ base: current ? current.base : now(), values: { ...(current?.values ?? live), [field]: value } }));
  };
  const dirty = edit !== null && (edit.values.ownerId !== live.ownerId || edit.values.targetDate !== live.targetDate);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!edit) return;
    const from = edit.base ?? now();
    const input = {
      programmeId: programme.id,
      version: from.version,
      step: step.step,
      ...(values.ownerId !== from.ownerId ? (values.ownerId ? { ownerId: values.ownerId } : { clearOwner: true }) : {}),
      ...(values.targetDate !== from.targetDate ? (values.targetDate ? { targetDate: values.targetDate } : { clearTargetDate: true }) : {}),
    };
    if (Object.keys(input).length === 3) {
      setEdit(null);
      return;
    }
    try {
      await save({ variables: { input } });
      setEdit(null);
      errors.clear();
      announce(t('programme.step.saved', { step: step.name }));
      onSaved();
    } catch (error) {
      const problem = errors.fromError(error);
      if (problem.code === 'CONFLICT') setConflict(await missedSince(client, programme.id, from.sequence, names));
    }
  };

  return (
    <details className="step-settings" open={dirty || conflict !== null || undefined}>
      <summary>{t('programme.step.settings')}</summary>
      <form onSubmit={submit} noValidate>
        {conflict ? (
          <ConflictMessage
            what={t('programme.conflict.theProgramme')}
            events={conflict}
            onReload={async () => {
              await client.refetchQueries({ include: ['ProgrammeBoard'] });
              // The next save starts from the programme as just read; the values stay as typed.
              setEdit((current) => current && { base: null, values: current.values });
              setConflict(null);
              errors.clear();
            }}
          />
        ) : (
          <FormSummary message={errors.summary} fields={errors.problem?.fields} />
        )}
        <div className="add-tasks__row">
          <MemberSelectField
            label={t('programme.step.owner')}
            name="ownerId"
            value={values.ownerId}
            onChange={set('ownerId')}
            error={errors.field('ownerId')}
            members={members}
            none={t('programme.step.noOwner')}
          />
          <Field
            label={t('programme.step.target')}
            name="targetDate"
            type="date"
            value={values.targetDate}
            onChange={set('targetDate')}
            error={errors.field('targetDate')}
          />
        </div>
        <Button type="submit" busy={loading} disabled={conflict !== null}>
          {t('programme.step.save', { step: step.name })}
        </Button>
      </form>
    </details>
  );
}
