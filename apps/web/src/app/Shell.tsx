import { type ReactNode, useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { ReconnectingBanner } from '../components/ReconnectingBanner';
import { t } from '../i18n/i18n';

/**
 * The frame of every page: a skip link, the header (banner) with the product name and whatever the
 * frame adds (organisation switcher, navigation, account), the main region, and the live-connection
 * banner. After a client-side navigation focus moves to the main region, as a page load would.
 */
export function Shell({ header, children }: { header?: ReactNode; children: ReactNode }) {
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skipToMain')}
      </a>
      <header className="shell__header">
        <Link to="/" className="shell__brand">
          {t('app.name')}
        </Link>
        {header}
      </header>
      <ReconnectingBanner />
      <main id="main" ref={main} tabIndex={-1} className="shell__main">
        {children}
      </main>
    </>
  );
}
