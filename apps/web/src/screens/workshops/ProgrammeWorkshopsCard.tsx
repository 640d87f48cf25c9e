import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { Formatter } from '../../format/format';
import { t } from '../../i18n/i18n';
import { WorkshopList } from './WorkshopList';

/** The running and planned workshops of one programme, for its board. */
export const PROGRAMME_WORKSHOPS_CARD = graphql(`
  query ProgrammeWorkshopsCard($programmeId: ID!) {
    programme(id: $programmeId) {
      id
      running: workshops(status: RUNNING, first: 3) {
        edges {
          node {
            ...WorkshopSummary
          }
        }
      }
      planned: workshops(status: PLANNED, first: 3) {
        totalCount
        edges {
          node {
            ...WorkshopSummary
          }
        }
      }
    }
  }
`);

/** The programme board's way into its workshops: what runs now or comes next, and a link to them all. */
export function ProgrammeWorkshopsCard({
  organisationId,
  programmeId,
  format,
}: {
  organisationId: string;
  programmeId: string;
  format: Formatter;
}) {
  const { data, error } = useQuery(PROGRAMME_WORKSHOPS_CARD, { variables: { programmeId } });
  const workshops = data ? [...data.programme.running.edges, ...data.programme.planned.edges].map((e) => e.node) : [];
  return (
    <section className="card" aria-labelledby="programme-workshops-title">
      <h2 id="programme-workshops-title">{t('workshops.card.title')}</h2>
      {error && !data && <p>{t('workshops.card.failed')}</p>}
      {data &&
        (workshops.length === 0 ? (
          <p>{t('workshops.card.none')}</p>
        ) : (
          <WorkshopList workshops={workshops} organisationId={organisationId} format={format} label={t('workshops.card.upcoming')} />
        ))}
      <p>
        <Link to={`/o/${organisationId}/programmes/${programmeId}/workshops`}>{t('workshops.card.open')}</Link>
      </p>
    </section>
  );
}
