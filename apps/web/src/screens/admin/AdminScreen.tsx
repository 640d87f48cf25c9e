import { useQuery } from '@apollo/client/react';
import { useOrganisation } from '../../app/frames';
import { usePageTitle } from '../../components/PageTitle';
import { ErrorState, LoadingState } from '../../components/States';
import { graphql } from '../../gql';
import { t } from '../../i18n/i18n';

const ADMIN_OVERVIEW = graphql(`
  query AdminOverview {
    organisation {
      id
      name
      timeZone
      currency
    }
    members(first: 100) {
      totalCount
      edges {
        node {
          id
          role
          user {
            id
            displayName
            email
          }
        }
      }
    }
  }
`);

/** The organisation's settings and members (the administration screens' owner builds the editing here). */
export function AdminScreen() {
  const organisation = useOrganisation();
  usePageTitle(t('admin.title'), organisation.name);
  const { data, error, refetch } = useQuery(ADMIN_OVERVIEW);
  return (
    <>
      <h1>
        {t('admin.title')}
        <span className="page-heading__context"> · {organisation.name}</span>
      </h1>
      {data ? (
        <>
          <section aria-labelledby="settings" className="card">
            <h2 id="settings">{t('admin.settings')}</h2>
            <dl className="facts">
              <dt>{t('organisations.timeZone')}</dt>
              <dd>{data.organisation.timeZone}</dd>
              <dt>{t('organisations.currency')}</dt>
              <dd>{data.organisation.currency}</dd>
            </dl>
          </section>
          <section aria-labelledby="members" className="card">
            <h2 id="members">{t('admin.members', { count: data.members.totalCount })}</h2>
            <ul>
              {data.members.edges.map(({ node }) => (
                <li key={node.id}>
                  {node.user.displayName} ({node.user.email}) · {t(`roles.${node.role}`)}
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <LoadingState />
      )}
    </>
  );
}
