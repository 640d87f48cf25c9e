import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { usePageTitle } from '../../components/PageTitle';
import { requireFields } from '../../forms/requireFields';
import { useFormErrors } from '../../forms/useFormErrors';
import { t } from '../../i18n/i18n';
import { REQUEST_PASSWORD_RESET } from '../notifications/operations';

/**
 * Asks for a reset link by e-mail. The answer is the same whether or not the address has an
 * account; the link arrives by e-mail only and leads to the reset page (PasswordResetScreen).
 */
export function ForgotPasswordScreen() {
  usePageTitle(t('auth.forgot.title'));
  const [values, setValues] = useState({ email: '' });
  const [sent, setSent] = useState(false);
  const errors = useFormErrors(values);
  const [request, { loading }] = useMutation(REQUEST_PASSWORD_RESET, { context: { expectSignedOut: true } });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!requireFields(errors, values, { email: 'auth.email.required' })) return;
    try {
      await request({ variables: { input: { email: values.email.trim() } } });
      setSent(true);
    } catch (error) {
      errors.fromError(error);
    }
  }

  return (
    <section className="narrow" aria-labelledby="forgot-title">
      <h1 id="forgot-title">{t('auth.forgot.title')}</h1>
      {sent ? (
        <div role="status" className="stack">
          <p>{t('auth.forgot.sent')}</p>
          <p>
            <Link to="/sign-in">{t('auth.signIn.title')}</Link>
          </p>
        </div>
      ) : (
        <>
          <p>{t('auth.forgot.lead')}</p>
          <FormSummary message={errors.summary} fields={errors.problem?.fields} />
          <form onSubmit={submit} noValidate>
            <Field
              label={t('auth.email')}
              name="email"
              type="email"
              autoComplete="username"
              required
              value={values.email}
              onChange={(e) => setValues({ email: e.target.value })}
              error={errors.field('email')}
            />
            <Button type="submit" variant="primary" busy={loading}>
              {t('auth.forgot.submit')}
            </Button>
          </form>
          <p>
            <Link to="/sign-in">{t('auth.forgot.back')}</Link>
          </p>
        </>
      )}
    </section>
  );
}
