import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ErrorState } from '../../components/States';
import type { Formatter } from '../../format/format';
import { t } from '../../i18n/i18n';
import { PROGRAMME_WORKSHOPS } from './operations';
import { WorkshopList } from './WorkshopList';

/**
 * The programme board's way into its workshops: what runs now or comes next, and a link to them
 * all. It shares the workshops page's query, so opening that page needs no second request.
 */
export function ProgrammeWorkshopsCard({
  organisationId,
  programmeId,
  format,
}: {
  organisationId: string;
  programmeId: string;
  format: Formatter;
}) {
  const { data, error } = useQuery(PROGRAMME_WORKSHOPS, { variables: { programmeId } });
  const workshops = (data?.programme.workshops.edges ?? [])
    .map((e) => e.node)
    .filter((w) => w.status === 'RUNNING' || w.status === 'PLANNED')
    .slice(0, 4);
  return (
    <section className="card" aria-labelledby="programme-workshops-title">
      <h2 id="programme-workshops-title">{t('workshops.title')}</h2>
      {error && !data && <ErrorState error={error} />}
      {data &&
        (workshops.length === 0 ? (
          <p>{t('workshops.card.none')}</p>
        ) : (
          <WorkshopList workshops={workshops} organisationId={organisationId} format={format} label={t('workshops.title')} />
        ))}
      <p>
        <Link to={`/o/${organisationId}/programmes/${programmeId}/workshops`}>{t('workshops.card.open')}</Link>
      </p>
    </section>
  );
}
