import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useOrganisation } from '../../app/frames';
import { Button } from '../../components/Button';
import { useAnnounce } from '../../components/LiveRegion';
import { ErrorState, LoadingState } from '../../components/States';
import { type Formatter, useFormat } from '../../format/format';
import { useDraft } from '../../forms/useDraft';
import { useFormErrors } from '../../forms/useFormErrors';
import type { PeopleParticipantQuery } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { Workspace } from '../workspace/Workspace';
import { peoplePath, usePeopleAccess } from './access';
import { EraseParticipantDialog } from './EraseParticipantDialog';
import { type BasisValues, basisInput, NO_BASIS } from './LawfulBasisGuard';
import { PARTICIPANT, UPDATE_PARTICIPANT } from './operations';
import { checkParticipant, ParticipantForm, type ParticipantValues } from './ParticipantForm';
import { useParticipantExport } from './useParticipantExport';
import { WithdrawParticipantDialog } from './WithdrawParticipantDialog';
import './people.css';

type Participant = PeopleParticipantQuery['participant'];

/** people/participants/:participantId: one participant, their pilots and readings; edit, export, erase. */
export function ParticipantScreen() {
  return <Workspace area="PEOPLE">{() => <ParticipantPage />}</Workspace>;
}

/** The name to show: the one held, or what the role may see instead. */
export function participantName(participant: { displayName?: string | null; kind: string }, index?: number): string {
  return (
    participant.displayName ??
    (index === undefined ? t('peopleIt.participant.hiddenName') : t('peopleIt.participant.numbered', { number: index + 1 }))
  );
}

function ParticipantPage() {
  const organisation = useOrganisation();
  const format = useFormat(organisation);
  const access = usePeopleAccess();
  const announce = useAnnounce();
  const { programmeId = '', participantId = '' } = useParams();
  const { data, error, refetch } = useQuery(PARTICIPANT, {
    variables: { id: participantId, names: access.names, details: access.details },
  });
  const [editing, setEditing] = useState(false);
  const [erasing, setErasing] = useState(false);
  const exporter = useParticipantExport();
  const heading = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  const back = peoplePath(organisation.id, programmeId);
  const participant = data?.participant;

  // After adding (or saving, or erasing), the focus goes to the participant's name.
  const added = Boolean((location.state as { added?: boolean } | null)?.added);
  useEffect(() => {
    if (added && participant) heading.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per participant, not at every refetch of the same one
  }, [added, participant?.id]);

  if (!participant) {
    return (
      <div className="stack">
        <p>
          <Link to={back}>{t('peopleIt.backToPeople')}</Link>
        </p>
        {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : <LoadingState />}
      </div>
    );
  }
  const name = participantName(participant);

  return (
    <div className="stack">
      <p>
        <Link to={back}>{t('peopleIt.backToPeople')}</Link>
      </p>
      <section className="card stack" aria-labelledby="people-participant-name">
        <h2 id="people-participant-name" ref={heading} tabIndex={-1}>
          {name}
          {participant.erased && <span className="tag">{t('peopleIt.participant.erasedTag')}</span>}
        </h2>
        {added && !participant.erased && <p className="notice">{t('peopleIt.participant.addedNotice')}</p>}
        {participant.erased && (
          <p className="notice">
            {t('peopleIt.participant.erasedNotice', { when: participant.erasedAt ? format.date(participant.erasedAt) : '' })}
          </p>
        )}
        {!access.names && <p className="hint">{t('peopleIt.participant.namesHidden', { role: t(`roles.${organisation.role}`) })}</p>}
        {editing ? (
          <EditParticipant
            participant={participant}
            skills={data!.skills}
            onDone={(saved) => {
              setEditing(false);
              if (saved) {
                announce(t('peopleIt.participant.saved'));
                void refetch();
              }
              heading.current?.focus();
            }}
          />
        ) : (
          <ParticipantFacts participant={participant} format={format} showDetails={access.details} />
        )}
        {!editing && !participant.erased && (access.plan || access.details || access.erase) && (
          <div className="actions">
            {access.plan && <Button onClick={() => setEditing(true)}>{t('peopleIt.participant.edit')}</Button>}
            {access.details && (
              <Button busy={exporter.busy} onClick={() => void exporter.download(participant.id)}>
                {t('peopleIt.export.button')}
              </Button>
            )}
            {access.erase && (
              <Button variant="danger" onClick={() => setErasing(true)}>
                {t('peopleIt.erase.button')}
              </Button>
            )}
          </div>
        )}
        {!editing && participant.erased && access.details && (
          <div className="actions">
            <Button busy={exporter.busy} onClick={() => void exporter.download(participant.id)}>
              {t('peopleIt.export.button')}
            </Button>
          </div>
        )}
        {access.details && <p className="hint">{t('peopleIt.export.hint')}</p>}
        {exporter.error && (
          <p className="form-summary" role="alert">
            {exporter.error}
          </p>
        )}
        {!access.erase && access.plan && !participant.erased && (
          <p className="hint">{t('peopleIt.erase.notYours', { role: t(`roles.${organisation.role}`) })}</p>
        )}
      </section>
      <Enrolments
        participant={participant}
        name={name}
        format={format}
        organisationId={organisation.id}
        mayWithdraw={access.plan}
        onWithdrawn={() => void refetch()}
      />
      {erasing && (
        <EraseParticipantDialog
          participant={{ id: participant.id, name }}
          onClose={() => setErasing(false)}
          onExport={() => void exporter.download(participant.id)}
          onErased={() => {
            setErasing(false);
            announce(t('peopleIt.erase.done'));
            void refetch().then(() => heading.current?.focus());
          }}
        />
      )}
    </div>
  );
}

function ParticipantFacts({ participant, format, showDetails }: { participant: Participant; format: Formatter; showDetails: boolean }) {
  const basis = participant.lawfulBasis;
  const none = <span className="muted">{t('peopleIt.none')}</span>;
  return (
    <dl className="facts people-facts">
      <dt>{t('peopleIt.participant.kind')}</dt>
      <dd>{t(`peopleIt.kind.${participant.kind}`)}</dd>
      <dt>{t('peopleIt.basis.legend')}</dt>
      <dd>
        {basis ? t(`peopleIt.basis.${basis.basis}`) : t('peopleIt.basis.noneHeld')}
        {basis?.consentGivenAt && <> · {t('peopleIt.basis.givenOn', { when: format.date(basis.consentGivenAt) })}</>}
        {showDetails && basis?.consentPurposes && (
          <>
            <br />
            {t('peopleIt.basis.forWhat', { purposes: basis.consentPurposes })}
          </>
        )}
        {showDetails && basis?.consentMeans && (
          <>
            <br />
            {t('peopleIt.basis.how', { means: basis.consentMeans })}
          </>
        )}
        {showDetails && basis?.otherBasis && (
          <>
            <br />
            {basis.otherBasis}
          </>
        )}
      </dd>
      {showDetails && (
        <>
          <dt>{t('peopleIt.participant.contact')}</dt>
          <dd>{participant.contact || none}</dd>
          <dt>{t('peopleIt.participant.notes')}</dt>
          <dd className="people-notes">{participant.notes || none}</dd>
        </>
      )}
      <dt>{t('peopleIt.participant.skills')}</dt>
      <dd>{participant.skills.length ? participant.skills.map((s) => s.name).join(', ') : none}</dd>
      <dt>{t('peopleIt.participant.motivation')}</dt>
      <dd>{participant.motivation ? t(`peopleIt.motivation.${participant.motivation as 1 | 2 | 3 | 4 | 5}`) : none}</dd>
      <dt>{t('peopleIt.participant.hoursPerMonth')}</dt>
      <dd>{participant.hoursPerMonth !== null ? t('peopleIt.hoursAMonth', { count: participant.hoursPerMonth }) : none}</dd>
      <dt>{t('peopleIt.participant.since')}</dt>
      <dd>{format.date(participant.createdAt)}</dd>
    </dl>
  );
}

/** The day of a moment in the browser's own time zone, as the date field shows it (the form sent that day's local midnight). */
const localDay = (iso: string) =>
  new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));

function toValues(participant: Participant): ParticipantValues {
  const basis = participant.lawfulBasis;
  const lawfulBasis: BasisValues = basis
    ? {
        basis: basis.basis,
        consentGivenAt: basis.consentGivenAt ? localDay(basis.consentGivenAt) : '',
        consentPurposes: basis.consentPurposes ?? '',
        consentMeans: basis.consentMeans ?? '',
        otherBasis: basis.otherBasis ?? '',
      }
    : NO_BASIS;
  return {
    kind: participant.kind,
    lawfulBasis,
    displayName: participant.displayName ?? '',
    contact: participant.contact ?? '',
    notes: participant.notes ?? '',
    skillIds: participant.skills.map((s) => s.id),
    motivation: participant.motivation ? String(participant.motivation) : '',
    hoursPerMonth: participant.hoursPerMonth !== null ? String(participant.hoursPerMonth) : '',
  };
}

function EditParticipant({
  participant,
  skills,
  onDone,
}: {
  participant: Participant;
  skills: PeopleParticipantQuery['skills'];
  onDone: (saved: boolean) => void;
}) {
  const loaded = toValues(participant);
  const draft = useDraft(`edit-participant-${participant.id}`, loaded, { secret: ['displayName', 'contact', 'notes', 'lawfulBasis'] });
  const errors = useFormErrors(draft.values);
  const [update, { loading }] = useMutation(UPDATE_PARTICIPANT, { refetchQueries: ['PeopleOverview'] });

  async function submit() {
    const values = draft.values;
    if (!checkParticipant(errors, values)) return;
    const basisChanged = JSON.stringify(values.lawfulBasis) !== JSON.stringify(loaded.lawfulBasis);
    try {
      await update({
        variables: {
          input: {
            participantId: participant.id,
            version: participant.version,
            kind: values.kind,
            lawfulBasis: basisChanged ? basisInput(values.lawfulBasis) : undefined,
            displayName: values.displayName.trim(),
            contact: values.contact.trim() || undefined,
            clearContact: !values.contact.trim() && Boolean(participant.contact) ? true : undefined,
            notes: values.notes.trim() || undefined,
            clearNotes: !values.notes.trim() && Boolean(participant.notes) ? true : undefined,
            skillIds: values.skillIds,
            motivation: Number(values.motivation),
            hoursPerMonth: Number(values.hoursPerMonth),
          },
        },
      });
      draft.clear();
      onDone(true);
    } catch (e) {
      errors.fromError(e);
    }
  }

  return (
    <ParticipantForm
      id="people-edit"
      title={t('peopleIt.participant.editTitle')}
      draft={draft}
      errors={errors}
      skills={skills}
      submitLabel={t('peopleIt.participant.saveSubmit')}
      busy={loading}
      onSubmit={() => void submit()}
      extraActions={
        <Button
          onClick={() => {
            draft.clear();
            onDone(false);
          }}
        >
          {t('common.cancel')}
        </Button>
      }
    />
  );
}

interface EnrolmentsProps {
  participant: Participant;
  name: string;
  format: Formatter;
  organisationId: string;
  mayWithdraw: boolean;
  onWithdrawn: () => void;
}

function Enrolments({ participant, name, format, organisationId, mayWithdraw, onWithdrawn }: EnrolmentsProps) {
  const [withdrawing, setWithdrawing] = useState<Participant['enrolments'][number] | null>(null);
  const announce = useAnnounce();
  const rowId = useId();
  const offered = mayWithdraw && participant.enrolments.some((e) => e.active);
  return (
    <section className="card stack" aria-labelledby="people-participant-pilots">
      <h2 id="people-participant-pilots">{t('peopleIt.participant.pilots')}</h2>
      {participant.enrolments.length === 0 ? (
        <p className="muted">{t('peopleIt.participant.noPilots')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('peopleIt.enrolment.pilot')}</th>
              <th scope="col">{t('peopleIt.enrolment.role')}</th>
              <th scope="col">{t('peopleIt.enrolment.since')}</th>
              <th scope="col">{t('peopleIt.enrolment.readings')}</th>
              <th scope="col">{t('peopleIt.enrolment.change')}</th>
              {offered && <th scope="col">{t('peopleIt.enrolled.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {participant.enrolments.map((enrolment) => (
              <tr key={enrolment.id}>
                <th scope="row">
                  <Link
                    id={`${rowId}-${enrolment.id}`}
                    to={peoplePath(organisationId, enrolment.pilot.programmeId, `/pilots/${enrolment.pilot.id}`)}
                  >
                    {enrolment.pilot.name}
                  </Link>
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
                {offered && (
                  <td>
                    {enrolment.active && (
                      <Button
                        onClick={() => setWithdrawing(enrolment)}
                        aria-label={t('peopleIt.withdraw.fromNamed', { pilot: enrolment.pilot.name })}
                      >
                        {t('peopleIt.withdraw.open')}
                      </Button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {withdrawing && (
        <WithdrawParticipantDialog
          enrolmentId={withdrawing.id}
          name={name}
          pilotName={withdrawing.pilot.name}
          onClose={() => setWithdrawing(null)}
          onWithdrawn={() => {
            const enrolment = withdrawing;
            setWithdrawing(null);
            announce(t('peopleIt.withdraw.done', { name, pilot: enrolment.pilot.name }));
            onWithdrawn();
            // The Withdraw button goes once pressed: the pilot's name in the row takes the focus.
            requestAnimationFrame(() => document.getElementById(`${rowId}-${enrolment.id}`)?.focus());
          }}
        />
      )}
    </section>
  );
}

/** A change in self-efficacy in words: "up 1", "no change", "down 2", or "needs a second reading". */
export function changeWords(change: number | null | undefined): string {
  if (change === null || change === undefined) return t('peopleIt.change.none');
  if (change === 0) return t('peopleIt.change.same');
  return change > 0 ? t('peopleIt.change.up', { change }) : t('peopleIt.change.down', { change: -change });
}
