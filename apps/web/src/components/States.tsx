import type { ReactNode } from 'react';
import { describeApiError } from '../api/errors';
import { t } from '../i18n/i18n';
import { Button } from './Button';

/** While the first data loads: announced politely, shown as a short line. */
export function LoadingState({ label }: { label?: string }) {
  return (
    <p className="state state--loading" role="status">
      {label ?? t('common.loading')}
    </p>
  );
}

/** Nothing to show yet: says so and offers the next thing to do. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state--empty">
      <p className="state__title">{title}</p>
      {children}
    </div>
  );
}

/** A load that failed: what happened in plain words, and a way to try again. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <div className="state state--error" role="alert">
      <p>{describeApiError(error).summary}</p>
      {onRetry && <Button onClick={onRetry}>{t('common.tryAgain')}</Button>}
    </div>
  );
}
