import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { forgetLinkToken, linkToken } from '../../app/tokens';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { usePageTitle } from '../../components/PageTitle';
import { requireFields } from '../../forms/requireFields';
import { useFormErrors } from '../../forms/useFormErrors';
import { graphql } from '../../gql';
import { t } from '../../i18n/i18n';

const RESET_PASSWORD = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      user {
        id
        email
      }
    }
  }
`);

/** Sets a new password with the link an administrator issued (the token was taken from the address at load). */
export function PasswordResetScreen() {
  usePageTitle(t('auth.reset.title'));
  const [token] = useState(() => linkToken('/password-reset'));
  const [values, setValues] = useState({ newPassword: '', confirm: '' });
  const [doneFor, setDoneFor] = useState<string | null>(null);
  const errors = useFormErrors(values);
  const [resetPassword, { loading }] = useMutation(RESET_PASSWORD, { context: { expectSignedOut: true } });

  if (!token) {
    return (
      <section className="narrow" aria-labelledby="reset-title">
        <h1 id="reset-title">{t('auth.reset.title')}</h1>
        <p>{t('auth.reset.noToken')}</p>
        <Link to="/sign-in">{t('auth.signIn.title')}</Link>
      </section>
    );
  }
  if (doneFor !== null) {
    return (
      <section className="narrow" aria-labelledby="reset-title">
        <h1 id="reset-title">{t('auth.reset.title')}</h1>
        <p role="status">{t('auth.reset.done')}</p>
        <Link to={`/sign-in?email=${encodeURIComponent(doneFor)}`}>{t('auth.signIn.title')}</Link>
      </section>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!requireFields(errors, values, { newPassword: 'auth.newPassword.required', confirm: 'auth.confirmPassword.required' })) return;
    if (values.newPassword !== values.confirm) {
      errors.setLocal({ confirm: t('auth.reset.mismatch') }, t('forms.fixBelow'));
      return;
    }
    try {
      const { data } = await resetPassword({ variables: { input: { token: token!, newPassword: values.newPassword } } });
      forgetLinkToken('/password-reset');
      setDoneFor(data?.resetPassword.user.email ?? '');
    } catch (error) {
      errors.fromError(error);
    }
  }

  return (
    <section className="narrow" aria-labelledby="reset-title">
      <h1 id="reset-title">{t('auth.reset.title')}</h1>
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <form onSubmit={submit} noValidate>
        <Field
          label={t('auth.newPassword')}
          hint={t('auth.passwordHint')}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          value={values.newPassword}
          onChange={(e) => setValues({ ...values, newPassword: e.target.value })}
          error={errors.field('newPassword')}
        />
        <Field
          label={t('auth.confirmPassword')}
          name="confirm"
          type="password"
          autoComplete="new-password"
          required
          value={values.confirm}
          onChange={(e) => setValues({ ...values, confirm: e.target.value })}
          error={errors.field('confirm')}
        />
        <Button type="submit" variant="primary" busy={loading}>
          {t('auth.reset.submit')}
        </Button>
      </form>
    </section>
  );
}
