import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { useOrganisation } from '../../app/frames';
import { useAnnounce } from '../../components/LiveRegion';
import { ErrorState, LoadingState } from '../../components/States';
import { useDraft } from '../../forms/useDraft';
import { useFormErrors } from '../../forms/useFormErrors';
import { t } from '../../i18n/i18n';
import { Workspace } from '../workspace/Workspace';
import { peoplePath, usePeopleAccess } from './access';
import { basisInput, NO_BASIS } from './LawfulBasisGuard';
import { REGISTER_PARTICIPANT, SKILLS } from './operations';
import { checkParticipant, ParticipantForm, type ParticipantValues } from './ParticipantForm';
import './people.css';

const EMPTY: ParticipantValues = {
  kind: 'CITIZEN',
  lawfulBasis: NO_BASIS,
  displayName: '',
  contact: '',
  notes: '',
  skillIds: [],
  motivation: '',
  hoursPerMonth: '',
};

/** people/participants/new: adds a participant, the lawful basis first. */
export function NewParticipantScreen() {
  return <Workspace area="PEOPLE">{() => <NewParticipant />}</Workspace>;
}

function NewParticipant() {
  const organisation = useOrganisation();
  const { programmeId = '' } = useParams();
  const access = usePeopleAccess();
  const navigate = useNavigate();
  const announce = useAnnounce();
  // Personal details are never kept in the tab's draft storage: only the kind, skills and figures are.
  const draft = useDraft('new-participant', EMPTY, { secret: ['displayName', 'contact', 'notes', 'lawfulBasis'] });
  const errors = useFormErrors(draft.values);
  const { data, error, refetch } = useQuery(SKILLS);
  const [register, { loading }] = useMutation(REGISTER_PARTICIPANT, { refetchQueries: ['PeopleOverview'] });
  const back = peoplePath(organisation.id, programmeId);

  if (!access.plan) {
    return (
      <div className="stack">
        <p className="notice">{t('peopleIt.readOnly', { role: t(`roles.${organisation.role}`) })}</p>
        <Link to={back}>{t('peopleIt.backToPeople')}</Link>
      </div>
    );
  }

  async function submit() {
    const values = draft.values;
    if (!checkParticipant(errors, values)) return;
    try {
      const { data: saved } = await register({
        variables: {
          input: {
            kind: values.kind,
            lawfulBasis: basisInput(values.lawfulBasis),
            displayName: values.displayName.trim(),
            contact: values.contact.trim() || undefined,
            notes: values.notes.trim() || undefined,
            skillIds: values.skillIds,
            motivation: Number(values.motivation),
            hoursPerMonth: Number(values.hoursPerMonth),
          },
        },
      });
      announce(t('peopleIt.participant.added', { name: values.displayName.trim() }));
      draft.clear();
      void navigate(peoplePath(organisation.id, programmeId, `/participants/${saved!.registerParticipant.id}`), { state: { added: true } });
    } catch (e) {
      errors.fromError(e);
    }
  }

  return (
    <div className="stack">
      <p>
        <Link to={back}>{t('peopleIt.backToPeople')}</Link>
      </p>
      {data ? (
        <div className="card">
          <ParticipantForm
            id="people-new"
            title={t('peopleIt.participant.addTitle')}
            draft={draft}
            errors={errors}
            skills={data.skills}
            submitLabel={t('peopleIt.participant.addSubmit')}
            busy={loading}
            onSubmit={() => void submit()}
          />
        </div>
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <LoadingState />
      )}
    </div>
  );
}
