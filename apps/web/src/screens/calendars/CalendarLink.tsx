import { useId, useRef, useState } from 'react';
import { describeApiError } from '../../api/errors';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { useAnnounce } from '../../components/LiveRegion';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { t } from '../../i18n/i18n';
import './calendars.css';

export interface CalendarLinkProps {
  /** When the current link was made: null when there is none; undefined while that is being read. */
  issuedAt: string | null | undefined;
  /** The read of `issuedAt` failed. */
  loadError?: unknown;
  onRetry?: () => void;
  loadingLabel: string;
  /** Makes a new link (stopping the old one) and answers it; it is shown here once and kept nowhere else. */
  reset: () => Promise<string>;
  /** A moment in words, for "made on …". */
  when: (iso: string) => string;
}

/**
 * A calendar link: made or reset here, shown once in a read-only box with a button to copy it. The
 * server keeps only its hash, so a link made earlier is only said to exist, with when; resetting
 * asks first, as the old link stops working at once. Everything is a native control, so it works
 * from the keyboard alone; focus moves to the new link when it arrives.
 */
export function CalendarLink({ issuedAt, loadError, onRetry, loadingLabel, reset, when }: CalendarLinkProps) {
  const [url, setUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const [confirming, setConfirming] = useState(false);
  const box = useRef<HTMLInputElement>(null);
  const id = useId();
  const announce = useAnnounce();

  async function make() {
    setProblem(null);
    setCopied('no');
    setBusy(true);
    try {
      setUrl(await reset());
      setConfirming(false);
      announce(t('calendars.made'));
      requestAnimationFrame(() => box.current?.focus());
    } catch (error) {
      setProblem(describeApiError(error).summary);
    } finally {
      setBusy(false);
    }
  }

  async function copy() {
    if (!url) return;
    box.current?.select();
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      // No clipboard (permission refused, a page not served over HTTPS): the link stays selected to copy by hand.
      setCopied('failed');
      box.current?.focus();
      box.current?.select();
    }
  }

  if (issuedAt === undefined && !url) {
    return loadError ? <ErrorState error={loadError} onRetry={onRetry} /> : <LoadingState label={loadingLabel} />;
  }

  const exists = Boolean(url || issuedAt);
  return (
    <div className="stack">
      {url ? (
        <div className="field">
          <label htmlFor={id} className="field__label">
            {t('calendars.link')}
          </label>
          <p id={`${id}-hint`} className="field__hint">
            {t('calendars.shownOnce')}
          </p>
          <div className="calendar-link__copy">
            <input
              ref={box}
              id={id}
              className="field__control"
              readOnly
              value={url}
              aria-describedby={`${id}-hint`}
              onFocus={(event) => event.currentTarget.select()}
            />
            <Button variant="primary" onClick={() => void copy()}>
              {t('calendars.copy')}
            </Button>
          </div>
        </div>
      ) : issuedAt ? (
        <p className="notice">{t('calendars.madeBefore', { when: when(issuedAt) })}</p>
      ) : (
        <EmptyState title={t('calendars.none')} />
      )}
      <p role="status">{copied === 'yes' ? t('calendars.copied') : copied === 'failed' ? t('calendars.copyFailed') : ''}</p>
      {problem && !confirming && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <div className="actions">
        {exists ? (
          <Button onClick={() => setConfirming(true)}>{t('calendars.reset')}</Button>
        ) : (
          <Button variant="primary" busy={busy} onClick={() => void make()}>
            {t('calendars.make')}
          </Button>
        )}
      </div>
      {confirming && (
        <Dialog
          open
          title={t('calendars.resetTitle')}
          onClose={() => {
            setConfirming(false);
            setProblem(null);
          }}
        >
          {problem && (
            <p className="field__error" role="alert">
              {problem}
            </p>
          )}
          <p>{t('calendars.resetBody')}</p>
          <div className="actions">
            <Button variant="danger" busy={busy} onClick={() => void make()} data-autofocus>
              {t('calendars.resetConfirm')}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t('common.cancel')}</Button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
