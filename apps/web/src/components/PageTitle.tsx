import { useEffect } from 'react';
import { t } from '../i18n/i18n';

/** Sets the document title ("Dashboard · Acme Council · coprod"): what screen-reader users hear first on a new page. */
export function usePageTitle(...parts: Array<string | undefined | null>): void {
  const title = [...parts.filter(Boolean), t('app.name')].join(' · ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
