import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useOrganisation } from '../../app/frames';
import { Button } from '../../components/Button';
import { CsvDownload } from '../../components/CsvDownload';
import { Field, SelectField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { useAnnounce } from '../../components/LiveRegion';
import { Pager } from '../../components/Pager';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { requireFields } from '../../forms/requireFields';
import { useFormErrors } from '../../forms/useFormErrors';
import type { PeopleOverviewQuery } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { areaPath } from '../workspace/areas';
import { type WorkspaceProgramme, Workspace } from '../workspace/Workspace';
import { peoplePath, usePeopleAccess } from './access';
import { CREATE_SKILL, PEOPLE_OVERVIEW } from './operations';
import { changeSummary, SelfEfficacyChart, withChange } from './SelfEfficacyChart';
import './people.css';

type Overview = PeopleOverviewQuery;
type Shown = 'current' | 'erased' | 'all';
const PAGE = 25;
/** The API's largest page. */
const MOST = 100;

/** The People it work area: the programme's pilots and their people, the organisation's participants, and its skills. */
export function PeopleScreen() {
  return <Workspace area="PEOPLE">{(programme) => <PeopleOverview programme={programme} />}</Workspace>;
}

function PeopleOverview({ programme }: { programme: WorkspaceProgramme }) {
  const organisation = useOrganisation();
  const access = usePeopleAccess();
  const { programmeId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const shown = (['current', 'erased', 'all'].includes(search.get('show') ?? '') ? search.get('show') : 'current') as Shown;
  const [first, setFirst] = useState(PAGE);
  const { data, previousData, error, loading, refetch } = useQuery(PEOPLE_OVERVIEW, {
    variables: { programmeId, first, erased: shown === 'all' ? null : shown === 'erased', names: access.names },
  });
  const overview = data ?? previousData;

  return (
    <div className="stack">
      <p className="people-intro">{t('peopleIt.intro')}</p>
      {!access.plan && <p className="notice">{t('peopleIt.readOnly', { role: t(`roles.${organisation.role}`) })}</p>}
      {!overview ? (
        error ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : (
          <LoadingState />
        )
      ) : (
        <>
          {error && (
            <div className="state state--error" role="alert">
              <p>{t('peopleIt.staleWarning')}</p>
              <Button onClick={() => void refetch()}>{t('common.tryAgain')}</Button>
            </div>
          )}
          <Pilots overview={overview} organisationId={organisation.id} programmeId={programme.id} />
          <Participants
            overview={overview}
            organisationId={organisation.id}
            programmeId={programme.id}
            shown={shown}
            busy={loading}
            onShow={(value) => {
              setFirst(PAGE);
              setSearch((params) => {
                if (value === 'current') params.delete('show');
                else params.set('show', value);
                return params;
              });
            }}
            onMore={() => setFirst((n) => Math.min(MOST, n + PAGE))}
            canShowMore={first < MOST}
          />
          <Skills skills={overview.skills} mayAdd={access.plan} onAdded={() => void refetch()} />
        </>
      )}
    </div>
  );
}

function Pilots({ overview, organisationId, programmeId }: { overview: Overview; organisationId: string; programmeId: string }) {
  const pilots = overview.pilots.edges.map((e) => e.node);
  return (
    <section className="card stack" aria-labelledby="people-pilots">
      <h2 id="people-pilots">{t('peopleIt.pilots.title')}</h2>
      <p className="hint">{t('peopleIt.pilots.intro')}</p>
      {pilots.length === 0 ? (
        <EmptyState title={t('peopleIt.pilots.empty')}>
          <p>
            <Link to={areaPath(organisationId, programmeId, 'FOCUS')}>{t('peopleIt.pilots.toFocus')}</Link>
          </p>
        </EmptyState>
      ) : (
        <>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('peopleIt.enrolment.pilot')}</th>
                <th scope="col">{t('peopleIt.pilots.status')}</th>
                <th scope="col">{t('peopleIt.pilots.enrolled')}</th>
                <th scope="col">{t('peopleIt.pilots.needs')}</th>
                <th scope="col">{t('peopleIt.pilots.selfEfficacy')}</th>
              </tr>
            </thead>
            <tbody>
              {pilots.map((pilot) => (
                <tr key={pilot.id}>
                  <th scope="row">
                    <Link to={peoplePath(organisationId, programmeId, `/pilots/${pilot.id}`)}>
                      {t('peopleIt.pilots.open', { name: pilot.name })}
                    </Link>
                  </th>
                  <td>{t(`peopleIt.pilotStatus.${pilot.status}`)}</td>
                  <td>{pilot.enrolledParticipants}</td>
                  <td>{pilot.needs ? t('peopleIt.pilots.needsSet') : t('peopleIt.pilots.needsNotSet')}</td>
                  <td>{changeSummary(pilot.selfEfficacyChange)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <SelfEfficacyChart pilots={pilots.map((p) => ({ name: p.name, change: p.selfEfficacyChange }))} />
          {withChange(pilots.map((p) => ({ name: p.name, change: p.selfEfficacyChange }))).length === 0 && (
            <p className="hint">{t('peopleIt.chart.notYet')}</p>
          )}
        </>
      )}
    </section>
  );
}

interface ParticipantsProps {
  overview: Overview;
  organisationId: string;
  programmeId: string;
  shown: Shown;
  busy: boolean;
  onShow: (shown: Shown) => void;
  onMore: () => void;
  canShowMore: boolean;
}

function Participants({ overview, organisationId, programmeId, shown, busy, onShow, onMore, canShowMore }: ParticipantsProps) {
  const access = usePeopleAccess();
  const { participants } = overview;
  return (
    <section className="card stack" aria-labelledby="people-participants">
      <h2 id="people-participants">{t('peopleIt.participants.title')}</h2>
      <p className="hint">{t('peopleIt.participants.intro')}</p>
      {access.details && <CsvDownload organisationId={organisationId} kind="participants" />}
      {access.plan && (
        <p>
          <Link className="button button--primary" to={peoplePath(organisationId, programmeId, '/participants/new')}>
            {t('peopleIt.participants.add')}
          </Link>
        </p>
      )}
      <div className="inline-form">
        <SelectField label={t('peopleIt.participants.show')} name="show" value={shown} onChange={(e) => onShow(e.target.value as Shown)}>
          {(['current', 'erased', 'all'] as const).map((value) => (
            <option key={value} value={value}>
              {t(`peopleIt.participants.show.${value}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {!access.names && <p className="hint">{t('peopleIt.participant.namesHidden', { role: t(`roles.${access.role}`) })}</p>}
      {participants.totalCount === 0 ? (
        <EmptyState title={t(`peopleIt.participants.empty.${shown}`)}>
          {shown === 'current' && access.plan && <p>{t('peopleIt.participants.emptyNext')}</p>}
        </EmptyState>
      ) : (
        <>
          <table className="table" aria-busy={busy || undefined}>
            <caption className="visually-hidden">{t('peopleIt.participants.caption', { count: participants.totalCount })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('peopleIt.participant.displayName')}</th>
                <th scope="col">{t('peopleIt.participant.kind')}</th>
                <th scope="col">{t('peopleIt.participant.skills')}</th>
                <th scope="col">{t('peopleIt.participants.motivationShort')}</th>
                <th scope="col">{t('peopleIt.participants.hoursShort')}</th>
                <th scope="col">{t('peopleIt.participants.pilots')}</th>
                <th scope="col">{t('peopleIt.participants.basis')}</th>
              </tr>
            </thead>
            <tbody>
              {participants.edges.map(({ node }, index) => (
                <tr key={node.id}>
                  <th scope="row">
                    <Link to={peoplePath(organisationId, programmeId, `/participants/${node.id}`)}>
                      {node.displayName ?? t('peopleIt.participant.numbered', { number: index + 1 })}
                    </Link>
                    {node.erased && <span className="tag">{t('peopleIt.participant.erasedTag')}</span>}
                  </th>
                  <td>{t(`peopleIt.kind.${node.kind}`)}</td>
                  <td>{node.skills.map((s) => s.name).join(', ') || <span className="muted">{t('peopleIt.none')}</span>}</td>
                  <td>{node.motivation ?? '—'}</td>
                  <td>{node.hoursPerMonth ?? '—'}</td>
                  <td>
                    {node.enrolments
                      .filter((e) => e.active)
                      .map((e) => e.pilot.name)
                      .join(', ') || <span className="muted">{t('peopleIt.none')}</span>}
                  </td>
                  <td>{node.lawfulBasis ? t(`peopleIt.basis.${node.lawfulBasis.basis}`) : t('peopleIt.basis.noneHeld')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager shown={participants.edges.length} total={participants.totalCount} onMore={onMore} busy={busy} />
          {!canShowMore && participants.edges.length < participants.totalCount && (
            <p className="hint">{t('peopleIt.participants.tooMany')}</p>
          )}
        </>
      )}
    </section>
  );
}

function Skills({ skills, mayAdd, onAdded }: { skills: Overview['skills']; mayAdd: boolean; onAdded: () => void }) {
  return (
    <section className="card stack" aria-labelledby="people-skills">
      <h2 id="people-skills">{t('peopleIt.skills.title')}</h2>
      <p className="hint">{t('peopleIt.skills.intro')}</p>
      {skills.length === 0 ? (
        <EmptyState title={t('peopleIt.skills.empty')}>{mayAdd && <p>{t('peopleIt.skills.emptyNext')}</p>}</EmptyState>
      ) : (
        <ul className="people-skill-list" aria-label={t('peopleIt.skills.list', { count: skills.length })}>
          {skills.map((skill) => (
            <li key={skill.id} className="tag">
              {skill.name}
            </li>
          ))}
        </ul>
      )}
      {mayAdd && <AddSkill onAdded={onAdded} />}
    </section>
  );
}

function AddSkill({ onAdded }: { onAdded: () => void }) {
  const [values, setValues] = useState({ name: '' });
  const errors = useFormErrors(values);
  const announce = useAnnounce();
  const [create, { loading }] = useMutation(CREATE_SKILL);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!requireFields(errors, values, { name: 'peopleIt.skills.name.required' })) return;
    try {
      await create({ variables: { input: { name: values.name.trim() } } });
      announce(t('peopleIt.skills.added', { name: values.name.trim() }));
      setValues({ name: '' });
      onAdded();
    } catch (error) {
      errors.fromError(error);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="stack" aria-labelledby="people-add-skill">
      <h3 id="people-add-skill">{t('peopleIt.skills.add')}</h3>
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <div className="inline-form">
        <Field
          label={t('peopleIt.skills.name')}
          name="name"
          maxLength={100}
          value={values.name}
          onChange={(e) => setValues({ name: e.target.value })}
          error={errors.field('name')}
        />
        <Button type="submit" busy={loading} className="people-inline-submit">
          {t('peopleIt.skills.submit')}
        </Button>
      </div>
    </form>
  );
}
