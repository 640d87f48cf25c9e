import { useApolloClient, useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { usePageTitle } from '../../components/PageTitle';
import { requireFields } from '../../forms/requireFields';
import { useDraft } from '../../forms/useDraft';
import { useFormErrors } from '../../forms/useFormErrors';
import { graphql } from '../../gql';
import { t } from '../../i18n/i18n';
import { START_SESSION } from './SignInScreen';

const SIGN_UP = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      message
    }
  }
`);

/**
 * Creates an account, then signs in with it straight away. The API answers sign-up the same
 * whether or not the address had an account (no one learns who has one); if it had, signing in
 * with the new password fails and the person is told to sign in instead.
 */
export function SignUpScreen() {
  usePageTitle(t('auth.signUp.title'));
  const navigate = useNavigate();
  const client = useApolloClient();
  const draft = useDraft('sign-up', { displayName: '', email: '', password: '' }, { secret: ['password'] });
  const errors = useFormErrors(draft.values);
  const [signUp, signingUp] = useMutation(SIGN_UP, { context: { expectSignedOut: true } });
  const [startSession, startingSession] = useMutation(START_SESSION, { context: { expectSignedOut: true } });
  const [existing, setExisting] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setExisting(false);
    if (
      !requireFields(errors, draft.values, {
        displayName: 'auth.displayName.required',
        email: 'auth.email.required',
        password: 'auth.choosePassword.required',
      })
    )
      return;
    const input = { displayName: draft.values.displayName.trim(), email: draft.values.email.trim(), password: draft.values.password };
    try {
      await signUp({ variables: { input } });
    } catch (error) {
      errors.fromError(error);
      return;
    }
    try {
      await startSession({ variables: { input: { email: input.email, password: input.password } } });
    } catch {
      setExisting(true);
      errors.clear();
      return;
    }
    draft.clear();
    await client.clearStore();
    navigate('/organisations/new', { replace: true });
  }

  return (
    <section className="narrow" aria-labelledby="sign-up-title">
      <h1 id="sign-up-title">{t('auth.signUp.title')}</h1>
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      {existing && (
        <div role="alert" className="notice">
          {t('auth.signUp.existing')}{' '}
          <Link to={`/sign-in?email=${encodeURIComponent(draft.values.email.trim())}`}>{t('auth.signIn.title')}</Link>
        </div>
      )}
      <form onSubmit={submit} noValidate>
        <Field
          label={t('auth.displayName')}
          name="displayName"
          autoComplete="name"
          required
          value={draft.values.displayName}
          onChange={(e) => draft.set('displayName', e.target.value)}
          error={errors.field('displayName')}
        />
        <Field
          label={t('auth.email')}
          name="email"
          type="email"
          autoComplete="email"
          required
          value={draft.values.email}
          onChange={(e) => draft.set('email', e.target.value)}
          error={errors.field('email')}
        />
        <Field
          label={t('auth.password')}
          hint={t('auth.passwordHint')}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          value={draft.values.password}
          onChange={(e) => draft.set('password', e.target.value)}
          error={errors.field('password')}
        />
        <Button type="submit" variant="primary" busy={signingUp.loading || startingSession.loading}>
          {t('auth.signUp.submit')}
        </Button>
      </form>
      <p>
        {t('auth.signUp.haveAccount')} <Link to="/sign-in">{t('auth.signIn.title')}</Link>
      </p>
    </section>
  );
}
