import { useApolloClient, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { type ApiProblem, describeApiError } from '../../api/errors';
import { useOrganisation } from '../../app/frames';
import { Action, can } from '../../app/permissions';
import { Button } from '../../components/Button';
import { Field, TextAreaField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { useAnnounce } from '../../components/LiveRegion';
import { ErrorState, LoadingState } from '../../components/States';
import { useFormErrors } from '../../forms/useFormErrors';
import type { RoomRoundFragment } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { RoundView } from '../room/RoundView';
import type { RunPanelProps } from './RunPanels';
import {
  CAST_WORKSHOP_VOTES,
  CLOSE_VOTE_ROUND,
  OPEN_VOTE_ROUND,
  SELECT_FROM_VOTE,
  VOTE_OPTION_SOURCES,
  WORKSHOP_ROOM,
  WORKSHOP_ROOM_CHANGED,
} from './roomOperations';

/** The API's bounds (libs/workflow/src/workshop-room.ts). */
const DOTS_MAX = 20;
const OPTIONS_MAX = 30;

/**
 * Dot-voting in run mode: the round being voted on (or the last one closed) with the live tally,
 * followed through workshopRoomChanged; members who may vote place their dots here like everyone
 * in the room. Those who run the workshop (PLAN) open a round and close it; closing records the
 * result as a decision, and those who decide (DECIDE_AND_PUBLISH) may then select the top priority
 * areas for piloting.
 */
export function VotingPanel({ workshop, mayPlan }: RunPanelProps) {
  const id = useId();
  const client = useApolloClient();
  const organisation = useOrganisation();
  const announce = useAnnounce();
  const variables = { workshopId: workshop.id };
  const query = useQuery(WORKSHOP_ROOM, { variables, skip: workshop.status !== 'RUNNING' });
  const room = query.data?.workshopRoom;
  const [cast] = useMutation(CAST_WORKSHOP_VOTES);
  const [closeRound, closing] = useMutation(CLOSE_VOTE_ROUND, { refetchQueries: ['WorkshopPage'] });
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [opening, setOpening] = useState(false);

  useSubscription(WORKSHOP_ROOM_CHANGED, {
    variables,
    skip: workshop.status !== 'RUNNING',
    onData: ({ data }) => {
      const next = data.data?.workshopRoomChanged;
      if (next) client.writeQuery({ query: WORKSHOP_ROOM, variables, data: { workshopRoom: next } });
    },
  });

  if (workshop.status !== 'RUNNING') return null;

  const showRound = (round: RoomRoundFragment) => {
    if (room) client.writeQuery({ query: WORKSHOP_ROOM, variables, data: { workshopRoom: { ...room, round } } });
  };

  const close = async (round: RoomRoundFragment) => {
    try {
      const { data } = await closeRound({ variables: { input: { roundId: round.id, version: round.version } } });
      if (data) {
        showRound(data.closeVoteRound);
        setProblem(null);
        announce(t('room.vote.closedNow'));
      }
    } catch (error) {
      setProblem(describeApiError(error));
    }
  };

  const round = room?.round ?? null;
  const roundOpen = round?.status === 'OPEN';

  return (
    <section className="card voting" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('room.vote.title')}</h2>
      {!room ? (
        query.error ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <LoadingState label={t('room.vote.loading')} />
        )
      ) : (
        <>
          {round ? (
            <RoundView round={round} level={3} onCast={(ballot) => cast({ variables: { input: { roundId: round.id, ballot } } })}>
              {mayPlan && roundOpen && (
                <div className="actions">
                  <Button variant="primary" busy={closing.loading} onClick={() => void close(round)}>
                    {t('room.vote.close')}
                  </Button>
                </div>
              )}
              {round.status === 'CLOSED' &&
                can(organisation.role, Action.DECIDE_AND_PUBLISH) &&
                round.options.some((o) => o.priorityAreaId) && <SelectTop round={round} />}
            </RoundView>
          ) : (
            <p className="muted">{t('room.vote.none')}</p>
          )}
          {problem && (
            <div className="form-summary" role="alert">
              <p>{problem.summary}</p>
            </div>
          )}
          {mayPlan &&
            !roundOpen &&
            (opening ? (
              <OpenRoundForm
                workshopId={workshop.id}
                programmeId={workshop.programmeId}
                onOpened={(opened) => {
                  showRound(opened);
                  setOpening(false);
                  announce(t('room.vote.openedNow'));
                }}
                onCancel={() => setOpening(false)}
              />
            ) : (
              <div className="actions">
                <Button variant={round ? 'secondary' : 'primary'} onClick={() => setOpening(true)}>
                  {t(round ? 'room.vote.openAnother' : 'room.vote.open')}
                </Button>
              </div>
            ))}
        </>
      )}
    </section>
  );
}

interface RoundDraft {
  question: string;
  dotsPerVoter: string;
  anonymous: boolean;
  areaIds: string[];
  lines: string;
}

function OpenRoundForm({
  workshopId,
  programmeId,
  onOpened,
  onCancel,
}: {
  workshopId: string;
  programmeId: string;
  onOpened: (round: RoomRoundFragment) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const sources = useQuery(VOTE_OPTION_SOURCES, { variables: { programmeId } });
  const areas = sources.data?.priorityAreas ?? [];
  const [values, setValues] = useState<RoundDraft>({ question: '', dotsPerVoter: '3', anonymous: false, areaIds: [], lines: '' });
  const errors = useFormErrors(values);
  const [open, { loading }] = useMutation(OPEN_VOTE_ROUND);
  const set = <K extends keyof RoundDraft>(field: K, value: RoundDraft[K]) => setValues((now) => ({ ...now, [field]: value }));

  const lines = values.lines
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const options = [...values.areaIds.map((priorityAreaId) => ({ priorityAreaId })), ...lines.map((label) => ({ label }))];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<string, string> = {};
    if (!values.question.trim()) local.question = t('room.vote.form.question.required');
    if (options.length < 2) local.options = t('room.vote.form.options.tooFew');
    if (options.length > OPTIONS_MAX) local.options = t('room.vote.form.options.tooMany', { max: OPTIONS_MAX });
    if (Object.keys(local).length) {
      errors.setLocal(local, t('forms.fixBelow'));
      return;
    }
    try {
      const { data } = await open({
        variables: {
          input: {
            workshopId,
            question: values.question.trim(),
            dotsPerVoter: Number(values.dotsPerVoter),
            anonymous: values.anonymous,
            options,
          },
        },
      });
      if (data) onOpened(data.openVoteRound);
    } catch (error) {
      errors.fromError(error);
    }
  };

  // A problem with one option (options.3.label) is shown with the options, saying which one.
  const optionProblems = Object.entries(errors.problem?.fields ?? {})
    .filter(([field]) => field.startsWith('options.'))
    .map(([field, message]) => t('room.vote.form.optionProblem', { n: Number(field.split('.')[1]) + 1, problem: message }));
  const optionsError = [errors.field('options'), ...optionProblems].filter(Boolean).join(' ') || undefined;

  return (
    <form className="voting__form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('room.vote.form.title')}</h3>
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <Field
        name="question"
        label={t('room.vote.form.question')}
        hint={t('room.vote.form.questionHint')}
        value={values.question}
        maxLength={300}
        onChange={(e) => set('question', e.target.value)}
        error={errors.field('question')}
      />
      <Field
        name="dotsPerVoter"
        type="number"
        inputMode="numeric"
        min={1}
        max={DOTS_MAX}
        label={t('room.vote.form.dots')}
        hint={t('room.vote.form.dotsHint', { max: DOTS_MAX })}
        value={values.dotsPerVoter}
        onChange={(e) => set('dotsPerVoter', e.target.value)}
        error={errors.field('dotsPerVoter')}
        className="field__control field__control--short"
      />
      <fieldset className="voting__choice">
        <legend>{t('room.vote.form.who')}</legend>
        <label>
          <input type="radio" name={`${id}-anonymous`} checked={!values.anonymous} onChange={() => set('anonymous', false)} />{' '}
          {t('room.vote.form.named')}
        </label>
        <label>
          <input type="radio" name={`${id}-anonymous`} checked={values.anonymous} onChange={() => set('anonymous', true)} />{' '}
          {t('room.vote.form.anonymous')}
        </label>
      </fieldset>
      <fieldset className={optionsError ? 'voting__choice field--invalid' : 'voting__choice'} aria-describedby={`${id}-options-hint`}>
        <legend>{t('room.vote.form.areas')}</legend>
        <p id={`${id}-options-hint`} className="field__hint">
          {t('room.vote.form.optionsHint', { count: options.length })}
        </p>
        {sources.loading && !sources.data ? (
          <LoadingState label={t('room.vote.form.areasLoading')} />
        ) : sources.error ? (
          <ErrorState error={sources.error} onRetry={() => void sources.refetch()} />
        ) : areas.length === 0 ? (
          <p className="muted">{t('room.vote.form.noAreas')}</p>
        ) : (
          areas.map((area) => (
            <label key={area.id} className="voting__area">
              <input
                type="checkbox"
                checked={values.areaIds.includes(area.id)}
                onChange={(e) =>
                  set('areaIds', e.target.checked ? [...values.areaIds, area.id] : values.areaIds.filter((a) => a !== area.id))
                }
              />{' '}
              {area.serviceAreaName}
              {area.selected && <span className="muted"> {t('room.vote.form.selectedAlready')}</span>}
            </label>
          ))
        )}
      </fieldset>
      <TextAreaField
        name="lines"
        label={t('room.vote.form.lines')}
        hint={t('room.vote.form.linesHint')}
        rows={4}
        value={values.lines}
        onChange={(e) => set('lines', e.target.value)}
        error={optionsError}
      />
      <div className="actions">
        <Button type="submit" variant="primary" busy={loading}>
          {t('room.vote.form.submit')}
        </Button>
        <Button onClick={onCancel}>{t('room.vote.form.cancel')}</Button>
      </div>
    </form>
  );
}

function SelectTop({ round }: { round: RoomRoundFragment }) {
  const id = useId();
  const [top, setTop] = useState('1');
  const [select, { data, loading }] = useMutation(SELECT_FROM_VOTE, { refetchQueries: ['VoteOptionSources'] });
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await select({ variables: { input: { roundId: round.id, top: Number(top) } } });
      setProblem(null);
    } catch (error) {
      setProblem(describeApiError(error));
    }
  };

  const chosen = data?.selectPriorityAreasFromVote;
  return (
    <form className="voting__select" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('room.vote.select.title')}</h4>
      <Field
        name="top"
        type="number"
        inputMode="numeric"
        min={1}
        max={round.options.length}
        label={t('room.vote.select.top')}
        hint={t('room.vote.select.hint')}
        value={top}
        onChange={(e) => setTop(e.target.value)}
        error={problem?.fields.top ?? problem?.fields.roundId}
        className="field__control field__control--short"
      />
      <Button type="submit" busy={loading}>
        {t('room.vote.select.submit', { count: Number(top) || 1 })}
      </Button>
      {problem && !problem.fields.top && !problem.fields.roundId && (
        <p className="form-summary" role="alert">
          {problem.summary}
        </p>
      )}
      {chosen && <p role="status">{t('room.vote.select.done', { names: chosen.map((area) => area.serviceAreaName).join(', ') })}</p>}
    </form>
  );
}
