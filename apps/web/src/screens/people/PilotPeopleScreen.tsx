import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useOrganisation } from '../../app/frames';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field, SelectField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { useAnnounce } from '../../components/LiveRegion';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { type Formatter, useFormat } from '../../format/format';
import { useFormErrors } from '../../forms/useFormErrors';
import type { PeoplePilotQuery } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { Workspace } from '../workspace/Workspace';
import { peoplePath, todayIn, usePeopleAccess } from './access';
import { ENROL_PARTICIPANT, PILOT_PEOPLE, RECORD_SELF_EFFICACY, SET_PILOT_NEEDS } from './operations';
import { SCORES } from './ParticipantForm';
import { WithdrawParticipantDialog } from './WithdrawParticipantDialog';
import { changeWords } from './ParticipantScreen';
import { changeSummary, SelfEfficacyChart } from './SelfEfficacyChart';
import './people.css';

type Pilot = PeoplePilotQuery['pilot'];
type Match = PeoplePilotQuery['participantMatches'][number];
type Enrolment = Pilot['participants']['edges'][number]['node'];

const CLOSED = ['REJECTED', 'STOP'];

/** people/pilots/:pilotId: what a pilot needs, who fits best and why, enrolment, and self-efficacy readings. */
export function PilotPeopleScreen() {
  return <Workspace area="PEOPLE">{() => <PilotPeople />}</Workspace>;
}

function PilotPeople() {
  const organisation = useOrganisation();
  const format = useFormat(organisation);
  const access = usePeopleAccess();
  const { programmeId = '', pilotId = '' } = useParams();
  const { data, error, refetch } = useQuery(PILOT_PEOPLE, { variables: { pilotId, names: access.names } });
  const back = peoplePath(organisation.id, programmeId);
  const pilot = data?.pilot;

  if (!data || !pilot) {
    return (
      <div className="stack">
        <p>
          <Link to={back}>{t('peopleIt.backToPeople')}</Link>
        </p>
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />}
      </div>
    );
  }
  const closed = CLOSED.includes(pilot.status);
  const reload = () => void refetch();

  return (
    <div className="stack">
      <p>
        <Link to={back}>{t('peopleIt.backToPeople')}</Link>
      </p>
      <section className="card stack" aria-labelledby="people-pilot-name">
        <h2 id="people-pilot-name">{t('peopleIt.pilot.title', { name: pilot.name })}</h2>
        <p>
          <span className="tag">{t(`peopleIt.pilotStatus.${pilot.status}`)}</span>{' '}
          {t('peopleIt.pilot.reached', { count: pilot.enrolledParticipants })}
        </p>
        {pilot.status === 'PROPOSED' && <p className="notice">{t('peopleIt.pilot.proposedNote')}</p>}
        {closed && <p className="notice">{t('peopleIt.pilot.closedNote')}</p>}
      </section>
      <Needs pilot={pilot} skills={data.skills} mayEdit={access.plan && !closed} onSaved={reload} />
      {!closed && (
        <Matches
          pilot={pilot}
          matches={data.participantMatches}
          mayEnrol={access.plan}
          timeZone={organisation.timeZone}
          onEnrolled={reload}
        />
      )}
      <Enrolled
        pilot={pilot}
        format={format}
        mayRecord={access.contribute}
        mayWithdraw={access.plan}
        timeZone={organisation.timeZone}
        onRecorded={reload}
      />
    </div>
  );
}

function Needs({
  pilot,
  skills,
  mayEdit,
  onSaved,
}: {
  pilot: Pilot;
  skills: PeoplePilotQuery['skills'];
  mayEdit: boolean;
  onSaved: () => void;
}) {
  const needs = pilot.needs;
  const [values, setValues] = useState({
    skillIds: needs?.skills.map((s) => s.id) ?? [],
    hoursPerMonth: needs ? String(needs.hoursPerMonth) : '',
  });
  const errors = useFormErrors(values);
  const announce = useAnnounce();
  const [save, { loading }] = useMutation(SET_PILOT_NEEDS);
  const [open, setOpen] = useState(!needs);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!/^\d+$/.test(values.hoursPerMonth.trim())) {
      errors.setLocal({ hoursPerMonth: t('peopleIt.needs.hours.required') }, t('forms.fixBelow'));
      return;
    }
    try {
      await save({
        variables: {
          input: { pilotId: pilot.id, skillIds: values.skillIds, hoursPerMonth: Number(values.hoursPerMonth), version: needs?.version },
        },
      });
      announce(t('peopleIt.needs.saved'));
      errors.clear();
      setOpen(false);
      onSaved();
    } catch (error) {
      errors.fromError(error);
    }
  }

  return (
    <section className="card stack" aria-labelledby="people-needs">
      <h2 id="people-needs">{t('peopleIt.needs.title')}</h2>
      <p className="hint">{t('peopleIt.needs.intro')}</p>
      <p>
        {needs
          ? t('peopleIt.needs.current', {
              skills: needs.skills.length ? needs.skills.map((s) => s.name).join(', ') : t('peopleIt.needs.noSkills'),
              hours: t('peopleIt.hoursAMonth', { count: needs.hoursPerMonth }),
            })
          : t('peopleIt.needs.notSet')}
      </p>
      {mayEdit && !open && (
        <Button onClick={() => setOpen(true)} aria-expanded={false}>
          {t('peopleIt.needs.change')}
        </Button>
      )}
      {mayEdit && open && (
        <form onSubmit={submit} noValidate className="stack" aria-labelledby="people-needs-form">
          <h3 id="people-needs-form">{needs ? t('peopleIt.needs.change') : t('peopleIt.needs.set')}</h3>
          <FormSummary message={errors.summary} fields={errors.problem?.fields} />
          <fieldset className="people-skills">
            <legend className="field__label">{t('peopleIt.needs.skills')}</legend>
            {skills.length === 0 ? (
              <p className="field__hint">{t('peopleIt.participant.skills.none')}</p>
            ) : (
              <ul className="people-checks">
                {skills.map((skill) => (
                  <li key={skill.id}>
                    <label>
                      <input
                        type="checkbox"
                        checked={values.skillIds.includes(skill.id)}
                        onChange={(e) =>
                          setValues((v) => ({
                            ...v,
                            skillIds: e.target.checked ? [...v.skillIds, skill.id] : v.skillIds.filter((s) => s !== skill.id),
                          }))
                        }
                      />{' '}
                      {skill.name}
                    </label>
                  </li>
                ))}
              </ul>
            )}
            {errors.field('skillIds') && <p className="field__error">{errors.field('skillIds')}</p>}
          </fieldset>
          <Field
            label={t('peopleIt.needs.hours')}
            hint={t('peopleIt.needs.hours.hint')}
            name="hoursPerMonth"
            type="number"
            inputMode="numeric"
            min={0}
            max={744}
            value={values.hoursPerMonth}
            onChange={(e) => setValues((v) => ({ ...v, hoursPerMonth: e.target.value }))}
            error={errors.field('hoursPerMonth')}
          />
          <div className="actions">
            <Button type="submit" variant="primary" busy={loading}>
              {t('peopleIt.needs.submit')}
            </Button>
            {needs && (
              <Button
                onClick={() => {
                  errors.clear();
                  setOpen(false);
                }}
              >
                {t('common.cancel')}
              </Button>
            )}
          </div>
        </form>
      )}
    </section>
  );
}

const pointsFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
/** A criterion's points as the API weighs them (12.5, not 13), so the three add up to the score. */
const percentOf = (share: number, weight: number) => pointsFormat.format(Math.round(share * weight * 100) / 100);

/** Why a participant fits, one sentence per criterion, worked out from the same figures the API scored. */
export function matchReasons(match: Match, needs: Pilot['needs']): Array<{ key: string; text: string }> {
  const needed = needs?.skills ?? [];
  const held = new Set(match.participant.skills.map((s) => s.id));
  const have = needed.filter((s) => held.has(s.id));
  const lack = needed.filter((s) => !held.has(s.id));
  const points = {
    skills: percentOf(match.parts.skills, 50),
    motivation: percentOf(match.parts.motivation, 25),
    time: percentOf(match.parts.time, 25),
  };
  const skills =
    needed.length === 0
      ? t('peopleIt.match.skillsNone', { points: points.skills })
      : [
          t('peopleIt.match.skills', { have: have.length, needed: needed.length, points: points.skills }),
          have.length ? t('peopleIt.match.skillsHas', { skills: have.map((s) => s.name).join(', ') }) : '',
          lack.length ? t('peopleIt.match.skillsLacks', { skills: lack.map((s) => s.name).join(', ') }) : '',
        ]
          .filter(Boolean)
          .join(' ');
  const motivation = t('peopleIt.match.motivation', { motivation: match.participant.motivation ?? 0, points: points.motivation });
  const hoursNeeded = needs?.hoursPerMonth ?? 0;
  const hours = match.participant.hoursPerMonth ?? 0;
  const time =
    hoursNeeded === 0
      ? t('peopleIt.match.timeNone', { points: points.time })
      : hours >= hoursNeeded
        ? t('peopleIt.match.timeEnough', { hours, needed: hoursNeeded, points: points.time })
        : t('peopleIt.match.timeShort', { hours, needed: hoursNeeded, points: points.time });
  return [
    { key: 'skills', text: skills },
    { key: 'motivation', text: motivation },
    { key: 'time', text: time },
  ];
}

function Matches({
  pilot,
  matches,
  mayEnrol,
  timeZone,
  onEnrolled,
}: {
  pilot: Pilot;
  matches: Match[];
  mayEnrol: boolean;
  timeZone: string;
  onEnrolled: () => void;
}) {
  return (
    <section className="card stack" aria-labelledby="people-matches">
      <h2 id="people-matches">{t('peopleIt.match.title')}</h2>
      <p className="hint">{t('peopleIt.match.intro')}</p>
      {!pilot.needs && <p className="notice">{t('peopleIt.match.noNeeds')}</p>}
      {matches.length === 0 ? (
        <EmptyState title={t('peopleIt.match.empty')}>
          <p>{t('peopleIt.match.emptyNext')}</p>
        </EmptyState>
      ) : (
        <ol className="people-matches">
          {matches.map((match, index) => (
            <MatchCard
              key={match.participant.id}
              match={match}
              index={index}
              pilot={pilot}
              mayEnrol={mayEnrol}
              timeZone={timeZone}
              onEnrolled={onEnrolled}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

function MatchCard({
  match,
  index,
  pilot,
  mayEnrol,
  timeZone,
  onEnrolled,
}: {
  match: Match;
  index: number;
  pilot: Pilot;
  mayEnrol: boolean;
  timeZone: string;
  onEnrolled: () => void;
}) {
  const id = useId();
  const name = match.participant.displayName ?? t('peopleIt.participant.numbered', { number: index + 1 });
  const [values, setValues] = useState({ role: '', selfEfficacy: '', recordedOn: todayIn(timeZone) });
  const errors = useFormErrors(values);
  const announce = useAnnounce();
  const [enrol, { loading }] = useMutation(ENROL_PARTICIPANT, { refetchQueries: ['PeopleOverview'] });
  const [open, setOpen] = useState(false);
  const roleField = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) roleField.current?.querySelector('input')?.focus();
  }, [open]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!values.role.trim()) missing.role = t('peopleIt.enrol.role.required');
    if (!values.selfEfficacy) missing.selfEfficacy = t('peopleIt.enrol.selfEfficacy.required');
    if (Object.keys(missing).length) {
      errors.setLocal(missing, t('forms.fixBelow'));
      return;
    }
    try {
      await enrol({
        variables: {
          input: {
            pilotId: pilot.id,
            participantId: match.participant.id,
            role: values.role.trim(),
            selfEfficacy: Number(values.selfEfficacy),
            recordedOn: values.recordedOn || undefined,
          },
        },
      });
      announce(t('peopleIt.enrol.done', { name, pilot: pilot.name }));
      onEnrolled();
    } catch (error) {
      errors.fromError(error);
    }
  }

  return (
    <li className="people-match" aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`} className="people-match__name">
        {name}
      </h3>
      <p className="people-match__score">{t('peopleIt.match.score', { score: match.score })}</p>
      <ul className="people-match__reasons">
        {matchReasons(match, pilot.needs).map((reason) => (
          <li key={reason.key}>{reason.text}</li>
        ))}
      </ul>
      {mayEnrol && !open && (
        <Button onClick={() => setOpen(true)} aria-expanded={false}>
          {t('peopleIt.enrol.open', { name })}
        </Button>
      )}
      {mayEnrol && open && (
        <form onSubmit={submit} noValidate className="people-enrol" aria-label={t('peopleIt.enrol.form', { name })}>
          <FormSummary message={errors.summary} fields={errors.problem?.fields} />
          <div className="form-row" ref={roleField}>
            <Field
              label={t('peopleIt.enrol.role')}
              hint={t('peopleIt.enrol.role.hint')}
              name="role"
              maxLength={100}
              value={values.role}
              onChange={(e) => setValues((v) => ({ ...v, role: e.target.value }))}
              error={errors.field('role')}
            />
            <SelectField
              label={t('peopleIt.enrol.selfEfficacy')}
              hint={t('peopleIt.enrol.selfEfficacy.hint')}
              name="selfEfficacy"
              value={values.selfEfficacy}
              onChange={(e) => setValues((v) => ({ ...v, selfEfficacy: e.target.value }))}
              error={errors.field('selfEfficacy')}
            >
              <option value="">{t('peopleIt.reading.choose')}</option>
              {SCORES.map((score) => (
                <option key={score} value={String(score)}>
                  {t(`peopleIt.selfEfficacy.${score}`)}
                </option>
              ))}
            </SelectField>
            <Field
              label={t('peopleIt.enrol.recordedOn')}
              name="recordedOn"
              type="date"
              value={values.recordedOn}
              onChange={(e) => setValues((v) => ({ ...v, recordedOn: e.target.value }))}
              error={errors.field('recordedOn')}
            />
          </div>
          <div className="actions">
            <Button type="submit" variant="primary" busy={loading}>
              {t('peopleIt.enrol.submit', { name })}
            </Button>
            <Button
              onClick={() => {
                errors.clear();
                setOpen(false);
              }}
            >
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      )}
    </li>
  );
}

interface EnrolledProps {
  pilot: Pilot;
  format: Formatter;
  mayRecord: boolean;
  mayWithdraw: boolean;
  timeZone: string;
  onRecorded: () => void;
}

/** Who takes part (withdrawn people included), with a later reading to record and a withdrawal for those still in. */
export function Enrolled({ pilot, format, mayRecord, mayWithdraw, timeZone, onRecorded }: EnrolledProps) {
  const [recording, setRecording] = useState<{ enrolment: Enrolment; name: string } | null>(null);
  const [withdrawing, setWithdrawing] = useState<{ enrolment: Enrolment; name: string } | null>(null);
  const announce = useAnnounce();
  const rowId = useId();
  const mayAct = mayRecord || mayWithdraw;
  const { id: organisationId } = useOrganisation();
  const { programmeId = '' } = useParams();
  const enrolments = pilot.participants.edges.map((e) => e.node);
  return (
    <section className="card stack" aria-labelledby="people-enrolled">
      <h2 id="people-enrolled">{t('peopleIt.enrolled.title')}</h2>
      <p className="hint">{t('peopleIt.enrolled.intro')}</p>
      {enrolments.length === 0 ? (
        <EmptyState title={t('peopleIt.enrolled.empty')} />
      ) : (
        <>
          <p>{t('peopleIt.enrolled.change', { summary: changeSummary(pilot.selfEfficacyChange) })}</p>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('peopleIt.participant.displayName')}</th>
                <th scope="col">{t('peopleIt.enrolment.role')}</th>
                <th scope="col">{t('peopleIt.enrolment.since')}</th>
                <th scope="col">{t('peopleIt.enrolment.readings')}</th>
                <th scope="col">{t('peopleIt.enrolment.change')}</th>
                {mayAct && <th scope="col">{t('peopleIt.enrolled.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {enrolments.map((enrolment, index) => {
                const name = enrolment.participant.displayName ?? t('peopleIt.participant.numbered', { number: index + 1 });
                return (
                  <tr key={enrolment.id}>
                    <th scope="row">
                      {/* The Withdraw button goes once pressed: the focus comes back to the name, which stays. */}
                      <Link
                        id={`${rowId}-${enrolment.id}`}
                        to={peoplePath(organisationId, programmeId, `/participants/${enrolment.participant.id}`)}
                      >
                        {name}
                      </Link>
                      {enrolment.participant.erased && <span className="tag">{t('peopleIt.participant.erasedTag')}</span>}
                      {!enrolment.active && <span className="tag">{t('peopleIt.enrolment.withdrawn')}</span>}
                    </th>
                    <td>{enrolment.role}</td>
                    <td>{format.date(enrolment.enrolledAt)}</td>
                    <td>
                      {enrolment.selfEfficacyReadings
                        .map((r) => t('peopleIt.reading.short', { score: r.score, day: format.day(r.recordedOn) }))
                        .join('; ')}
                    </td>
                    <td>{changeWords(enrolment.selfEfficacyChange)}</td>
                    {mayAct && (
                      <td>
                        <div className="people-row-actions">
                          {mayRecord && enrolment.active && !enrolment.participant.erased && (
                            <Button onClick={() => setRecording({ enrolment, name })}>
                              {t('peopleIt.reading.record')}{' '}
                              <span className="visually-hidden">{t('peopleIt.reading.forName', { name })}</span>
                            </Button>
                          )}
                          {mayWithdraw && enrolment.active && (
                            <Button
                              onClick={() => setWithdrawing({ enrolment, name })}
                              aria-label={t('peopleIt.withdraw.openNamed', { name })}
                            >
                              {t('peopleIt.withdraw.open')}
                            </Button>
                          )}
                        </div>
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
          <SelfEfficacyChart pilots={[{ name: pilot.name, change: pilot.selfEfficacyChange }]} />
        </>
      )}
      {withdrawing && (
        <WithdrawParticipantDialog
          enrolmentId={withdrawing.enrolment.id}
          name={withdrawing.name}
          pilotName={pilot.name}
          onClose={() => setWithdrawing(null)}
          onWithdrawn={() => {
            const { enrolment, name } = withdrawing;
            setWithdrawing(null);
            announce(t('peopleIt.withdraw.done', { name, pilot: pilot.name }));
            onRecorded();
            requestAnimationFrame(() => document.getElementById(`${rowId}-${enrolment.id}`)?.focus());
          }}
        />
      )}
      {recording && (
        <RecordReadingDialog
          enrolment={recording.enrolment}
          name={recording.name}
          timeZone={timeZone}
          onClose={() => setRecording(null)}
          onRecorded={() => {
            setRecording(null);
            onRecorded();
          }}
        />
      )}
    </section>
  );
}

function RecordReadingDialog({
  enrolment,
  name,
  timeZone,
  onClose,
  onRecorded,
}: {
  enrolment: Enrolment;
  name: string;
  timeZone: string;
  onClose: () => void;
  onRecorded: () => void;
}) {
  const [values, setValues] = useState({ score: '', recordedOn: todayIn(timeZone) });
  const errors = useFormErrors(values);
  const announce = useAnnounce();
  const [record, { loading }] = useMutation(RECORD_SELF_EFFICACY, { refetchQueries: ['PeopleOverview'] });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!values.score) missing.score = t('peopleIt.reading.score.required');
    if (!values.recordedOn) missing.recordedOn = t('peopleIt.reading.recordedOn.required');
    if (Object.keys(missing).length) {
      errors.setLocal(missing, t('forms.fixBelow'));
      return;
    }
    try {
      await record({ variables: { input: { enrolmentId: enrolment.id, score: Number(values.score), recordedOn: values.recordedOn } } });
      announce(t('peopleIt.reading.done', { name }));
      onRecorded();
    } catch (error) {
      errors.fromError(error);
    }
  }

  return (
    <Dialog open title={t('peopleIt.reading.title', { name })} onClose={onClose}>
      <form onSubmit={submit} noValidate className="stack">
        <FormSummary message={errors.summary} fields={errors.problem?.fields} />
        <p className="hint">{t('peopleIt.reading.intro')}</p>
        <SelectField
          label={t('peopleIt.reading.score')}
          name="score"
          value={values.score}
          onChange={(e) => setValues((v) => ({ ...v, score: e.target.value }))}
          error={errors.field('score')}
          data-autofocus
        >
          <option value="">{t('peopleIt.reading.choose')}</option>
          {SCORES.map((score) => (
            <option key={score} value={String(score)}>
              {t(`peopleIt.selfEfficacy.${score}`)}
            </option>
          ))}
        </SelectField>
        <Field
          label={t('peopleIt.reading.recordedOn')}
          name="recordedOn"
          type="date"
          value={values.recordedOn}
          onChange={(e) => setValues((v) => ({ ...v, recordedOn: e.target.value }))}
          error={errors.field('recordedOn')}
        />
        <div className="actions">
          <Button type="submit" variant="primary" busy={loading}>
            {t('peopleIt.reading.submit')}
          </Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </div>
      </form>
    </Dialog>
  );
}
