import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { t } from '../../i18n/i18n';

export interface OneTimeSecretProps {
  title: string;
  /** Why this is the only chance to copy it. */
  warning: string;
  /** The label of the box that holds the value. */
  label: string;
  value: string;
  /** Hides the value for good (the parent forgets it). */
  onDone: () => void;
}

/**
 * A value the API shows only once (an invitation's link, an API key's secret): in a read-only box
 * to select, with a copy button, under a warning, until the user says they have it. Focus moves
 * here when it appears, so keyboard and screen-reader users meet it at once. The value lives only
 * in the parent's state: it is never cached, stored or shown again.
 */
export function OneTimeSecret({ title, warning, label, value, onDone }: OneTimeSecretProps) {
  const titleId = useId();
  const boxId = useId();
  const warningId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const box = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    heading.current?.focus();
  }, [value]);

  async function copyValue() {
    try {
      await navigator.clipboard.writeText(value);
      setCopy('copied');
    } catch {
      // No clipboard (permission refused, an insecure page): leave the text selected to copy by hand.
      setCopy('failed');
      box.current?.focus();
      box.current?.select();
    }
  }

  return (
    <section className="one-time" aria-labelledby={titleId}>
      <h3 id={titleId} ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <p id={warningId} className="one-time__warning">
        <strong>{t('admin.secret.onlyOnce')}</strong> {warning}
      </p>
      <div className="field">
        <label htmlFor={boxId} className="field__label">
          {label}
        </label>
        <input
          id={boxId}
          ref={box}
          className="field__control one-time__value"
          readOnly
          value={value}
          aria-describedby={warningId}
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
      <div className="actions">
        <Button variant="primary" onClick={() => void copyValue()}>
          {t('admin.secret.copy')}
        </Button>
        <Button onClick={onDone}>{t('admin.secret.done')}</Button>
      </div>
      <p className="one-time__status" role="status">
        {copy === 'copied' ? t('admin.secret.copied') : copy === 'failed' ? t('admin.secret.copyFailed') : ''}
      </p>
    </section>
  );
}
