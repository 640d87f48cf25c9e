import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useOrganisation } from '../../app/frames';
import { usePageTitle } from '../../components/PageTitle';
import { ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../format/format';
import { graphql } from '../../gql';
import { t } from '../../i18n/i18n';

const PROGRAMME_SUMMARY = graphql(`
  query ProgrammeSummary($id: ID!) {
    programme(id: $id) {
      id
      name
      description
      status
      cycle
      currentStep
      updatedAt
    }
  }
`);

/** A programme: its name, where it stands and since when (the board's owner builds the five steps here). */
export function ProgrammeScreen() {
  const organisation = useOrganisation();
  const format = useFormat(organisation);
  const { programmeId = '' } = useParams();
  const { data, error, refetch } = useQuery(PROGRAMME_SUMMARY, { variables: { id: programmeId } });
  const programme = data?.programme;
  usePageTitle(programme?.name, organisation.name);
  return (
    <>
      <p className="breadcrumbs">
        <Link to={`/o/${organisation.id}`}>{t('dashboard.title')}</Link> · {organisation.name}
      </p>
      {programme ? (
        <>
          <h1>{programme.name}</h1>
          {programme.description && <p>{programme.description}</p>}
          <p>
            {t('programme.summary', { step: t(`steps.${programme.currentStep}`), status: t(`status.${programme.status}`), cycle: programme.cycle })}
          </p>
          <p className="muted">{t('programme.updated', { when: format.dateTime(programme.updatedAt) })}</p>
        </>
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <LoadingState />
      )}
    </>
  );
}
