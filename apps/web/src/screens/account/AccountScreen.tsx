import { Link } from 'react-router';
import { useMe } from '../../app/frames';
import { usePageTitle } from '../../components/PageTitle';
import { t } from '../../i18n/i18n';

/** Who is signed in and their organisations (the account screens' owner adds the password change here). */
export function AccountScreen() {
  const me = useMe();
  usePageTitle(t('account.title'));
  return (
    <>
      <h1>{t('account.title')}</h1>
      <dl className="facts">
        <dt>{t('auth.displayName')}</dt>
        <dd>{me.displayName}</dd>
        <dt>{t('auth.email')}</dt>
        <dd>{me.email}</dd>
      </dl>
      <h2>{t('account.organisations')}</h2>
      <ul>
        {me.memberships.map((m) => (
          <li key={m.id}>
            <Link to={`/o/${m.organisation.id}`}>{m.organisation.name}</Link> · {t(`roles.${m.role}`)}
          </li>
        ))}
      </ul>
      <p>
        <Link to="/organisations/new">{t('shell.newOrganisation')}</Link>
      </p>
    </>
  );
}
