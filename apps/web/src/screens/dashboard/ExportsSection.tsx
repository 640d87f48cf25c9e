import { Action, can } from '../../app/permissions';
import type { Role } from '../../app/session';
import { CsvDownload, EXPORT_KINDS } from '../../components/CsvDownload';
import { t } from '../../i18n/i18n';
import './exports.css';

/**
 * Every CSV export of the organisation in one place, each with what it holds and its download.
 * Participants' file holds personal details, so it is offered only to the roles the API lets read
 * them (READ_PERSONAL_DETAILS); everyone else is told why it is missing.
 */
export function ExportsSection({ organisationId, role }: { organisationId: string; role: Role }) {
  const mayReadPeople = can(role, Action.READ_PERSONAL_DETAILS);
  const kinds = EXPORT_KINDS.filter((kind) => kind !== 'participants' || mayReadPeople);
  return (
    <section aria-labelledby="exports-title" className="card stack">
      <h2 id="exports-title">{t('exports.section.title')}</h2>
      <p className="muted">{t('exports.section.lead')}</p>
      <ul className="exports-list">
        {kinds.map((kind) => (
          <li key={kind} className="stack">
            <h3>{t(`exports.kind.${kind}`)}</h3>
            <p>{t(`exports.about.${kind}`)}</p>
            <CsvDownload organisationId={organisationId} kind={kind} />
          </li>
        ))}
      </ul>
      {!mayReadPeople && <p className="hint">{t('exports.section.notAllowed')}</p>}
    </section>
  );
}
