import { useEffect, useId, useRef } from 'react';
import { Button } from '../../components/Button';
import { t } from '../../i18n/i18n';

/** One field someone else changed: its value now ("theirs") and, if the user changed it too, theirs against "yours". */
export interface FieldChange {
  label: string;
  /** What the user had loaded. */
  before: string;
  theirs: string;
  /** The user's own value, when they edited this field too. */
  yours?: string;
}

export interface ConflictMessageProps {
  /** "this task", "the programme". */
  what: string;
  /** Fields that differ between what the user loaded and what is stored now. */
  changes?: FieldChange[];
  /** What others did meanwhile, one sentence each (from the programme's history). */
  events?: string[];
  /** Reads the record again; the form keeps what the user typed. */
  onReload: () => void | Promise<void>;
  reloading?: boolean;
}

/**
 * Says that a save met someone else's change (the API's CONFLICT: the record moved on since it was
 * loaded), what they changed, and offers to reload it without losing what the user typed. It takes
 * focus as an alert, so keyboard and screen-reader users hear it at once.
 */
export function ConflictMessage({ what, changes = [], events = [], onReload, reloading = false }: ConflictMessageProps) {
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  useEffect(() => ref.current?.focus(), []);
  const clashes = changes.some((c) => c.yours !== undefined);
  return (
    <div ref={ref} role="alert" aria-labelledby={headingId} tabIndex={-1} className="conflict">
      <p id={headingId} className="conflict__title">
        {t('programme.conflict.title', { what })}
      </p>
      <p>{t('programme.conflict.nothingSaved')}</p>
      {changes.length > 0 && (
        <table className="table conflict__changes">
          <caption className="visually-hidden">{t('programme.conflict.changesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('programme.conflict.field')}</th>
              <th scope="col">{t('programme.conflict.before')}</th>
              <th scope="col">{t('programme.conflict.theirs')}</th>
              {clashes && <th scope="col">{t('programme.conflict.yours')}</th>}
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.label}>
                <th scope="row">{change.label}</th>
                <td>{change.before}</td>
                <td>{change.theirs}</td>
                {clashes && <td>{change.yours ?? t('programme.conflict.unchanged')}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {events.length > 0 && (
        <>
          <p>{t('programme.conflict.meanwhile')}</p>
          <ul>
            {events.map((sentence, i) => (
              <li key={i}>{sentence}</li>
            ))}
          </ul>
        </>
      )}
      {changes.length === 0 && events.length === 0 && <p>{t('programme.conflict.unknown')}</p>}
      <Button variant="primary" onClick={() => void onReload()} busy={reloading}>
        {t('programme.conflict.reload')}
      </Button>
      <p className="muted">{t('programme.conflict.reloadHint')}</p>
    </div>
  );
}
