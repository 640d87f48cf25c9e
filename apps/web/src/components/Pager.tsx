import { t } from '../i18n/i18n';
import { Button } from './Button';

export interface PagerProps {
  /** How many are shown. */
  shown: number;
  /** How many there are in all. */
  total: number;
  onMore: () => void;
  busy?: boolean;
}

/** "Showing 20 of 143" and a button for the next page, for lists that grow long. */
export function Pager({ shown, total, onMore, busy }: PagerProps) {
  if (total <= 0) return null;
  return (
    <div className="pager">
      <p className="pager__count">{t('common.showingOf', { shown: Math.min(shown, total), total })}</p>
      {shown < total && (
        <Button onClick={onMore} busy={busy}>
          {t('common.showMore')}
        </Button>
      )}
    </div>
  );
}
