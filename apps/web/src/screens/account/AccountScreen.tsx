import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useMe, useSignOut } from '../../app/frames';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { usePageTitle } from '../../components/PageTitle';
import { requireFields } from '../../forms/requireFields';
import { useDraft } from '../../forms/useDraft';
import { useFormErrors } from '../../forms/useFormErrors';
import { graphql } from '../../gql';
import { t } from '../../i18n/i18n';
import { MyCalendarSection } from '../calendars/MyCalendarSection';
import { NotificationPreferencesSection } from '../notifications/NotificationPreferencesSection';
import './account.css';

export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

/** Who is signed in and their organisations; their calendar link; change the password; sign out. */
export function AccountScreen() {
  const me = useMe();
  usePageTitle(t('account.title'));
  return (
    <div className="stack">
      <h1>{t('account.title')}</h1>
      <section aria-labelledby="account-who" className="card stack">
        <h2 id="account-who">{t('account.who')}</h2>
        <dl className="facts">
          <dt>{t('auth.displayName')}</dt>
          <dd>{me.displayName}</dd>
          <dt>{t('auth.email')}</dt>
          <dd>{me.email}</dd>
        </dl>
      </section>
      <section aria-labelledby="account-organisations" className="card stack">
        <h2 id="account-organisations">{t('account.organisations')}</h2>
        {me.memberships.length === 0 ? (
          <p>{t('account.noOrganisations')}</p>
        ) : (
          <ul>
            {me.memberships.map((m) => (
              <li key={m.id}>
                <Link to={`/o/${m.organisation.id}`}>{m.organisation.name}</Link> · {t(`roles.${m.role}`)}
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link to="/organisations/new">{t('shell.newOrganisation')}</Link>
        </p>
      </section>
      <MyCalendarSection />
      <NotificationPreferencesSection />
      <ChangePasswordSection />
      <SignOutSection />
    </div>
  );
}

export function ChangePasswordSection() {
  const draft = useDraft(
    'change-password',
    { currentPassword: '', newPassword: '', confirmPassword: '' },
    { secret: ['currentPassword', 'newPassword', 'confirmPassword'] },
  );
  const errors = useFormErrors(draft.values);
  const [done, setDone] = useState(false);
  const [change, { loading }] = useMutation(CHANGE_PASSWORD);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    if (
      !requireFields(errors, draft.values, {
        currentPassword: 'account.password.current.required',
        newPassword: 'auth.newPassword.required',
        confirmPassword: 'auth.confirmPassword.required',
      })
    )
      return;
    if (draft.values.newPassword !== draft.values.confirmPassword) {
      errors.setLocal({ confirmPassword: t('auth.reset.mismatch') }, t('forms.fixBelow'));
      return;
    }
    try {
      await change({ variables: { input: { currentPassword: draft.values.currentPassword, newPassword: draft.values.newPassword } } });
      draft.clear();
      errors.clear();
      setDone(true);
    } catch (error) {
      errors.fromError(error);
    }
  }

  return (
    <section aria-labelledby="account-password" className="card stack">
      <h2 id="account-password">{t('account.password.title')}</h2>
      <form onSubmit={submit} noValidate className="stack narrow-form">
        <FormSummary message={errors.summary} fields={errors.problem?.fields} />
        {done && (
          <p className="notice" role="status">
            {t('account.password.changed')}
          </p>
        )}
        <Field
          label={t('account.password.current')}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          value={draft.values.currentPassword}
          onChange={(e) => draft.set('currentPassword', e.target.value)}
          error={errors.field('currentPassword')}
        />
        <Field
          label={t('auth.newPassword')}
          hint={t('auth.passwordHint')}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          value={draft.values.newPassword}
          onChange={(e) => draft.set('newPassword', e.target.value)}
          error={errors.field('newPassword')}
        />
        <Field
          label={t('auth.confirmPassword')}
          name="confirmPassword"
          type="password"
          autoComplete="new-password"
          required
          value={draft.values.confirmPassword}
          onChange={(e) => draft.set('confirmPassword', e.target.value)}
          error={errors.field('confirmPassword')}
        />
        <p className="hint">{t('account.password.otherSessions')}</p>
        <div className="actions">
          <Button type="submit" variant="primary" busy={loading}>
            {t('account.password.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}

function SignOutSection() {
  const { signOut, loading } = useSignOut();
  return (
    <section aria-labelledby="account-sign-out" className="card stack">
      <h2 id="account-sign-out">{t('account.signOut.title')}</h2>
      <p>{t('account.signOut.body')}</p>
      <div className="actions">
        <Button busy={loading} onClick={() => void signOut()}>
          {t('shell.signOut')}
        </Button>
      </div>
    </section>
  );
}
