import { useConnectionState } from '../api/connection';
import { t } from '../i18n/i18n';

/** Says when the live connection is lost (changes by others will show once it is back). */
export function ReconnectingBanner() {
  const state = useConnectionState();
  return (
    <div role="status" className={state === 'reconnecting' ? 'banner banner--warning' : 'visually-hidden'}>
      {state === 'reconnecting' ? t('common.reconnecting') : ''}
    </div>
  );
}
