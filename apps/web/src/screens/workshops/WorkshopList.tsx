import { Link } from 'react-router';
import type { Formatter } from '../../format/format';
import { t } from '../../i18n/i18n';
import type { WorkshopSummary } from './operations';

/** Where a workshop meets, in words. */
export function wherePlace(w: Pick<WorkshopSummary, 'place' | 'onlineUrl'>): string {
  const parts = [w.place, w.onlineUrl ? t('workshops.online') : null].filter(Boolean);
  return parts.length ? parts.join(' · ') : t('workshops.noPlace');
}

/** "4 Mar 2027, 09:30 to 4 Mar 2027, 12:00" in the organisation's zone. */
export function whenText(w: Pick<WorkshopSummary, 'startsAt' | 'endsAt'>, format: Formatter): string {
  return t('workshops.when', { start: format.dateTime(w.startsAt), end: format.dateTime(w.endsAt) });
}

export function StatusTag({ status }: { status: WorkshopSummary['status'] }) {
  return <span className={`workshop-status workshop-status--${status.toLowerCase()}`}>{t(`workshops.status.${status}`)}</span>;
}

/** Workshops in the API's order (soonest first), each a link to its page. */
export function WorkshopList({
  workshops,
  organisationId,
  format,
  label,
}: {
  workshops: readonly WorkshopSummary[];
  organisationId: string;
  format: Formatter;
  label: string;
}) {
  return (
    <ul className="workshops__list" aria-label={label}>
      {workshops.map((w) => (
        <li key={w.id} className="workshops__item">
          <Link to={`/o/${organisationId}/workshops/${w.id}`} className="workshops__name">
            {w.title}
          </Link>{' '}
          <StatusTag status={w.status} />
          <p className="workshops__meta">
            {t(`steps.${w.step}`)} · <time dateTime={w.startsAt}>{whenText(w, format)}</time> · {wherePlace(w)}
          </p>
        </li>
      ))}
    </ul>
  );
}
