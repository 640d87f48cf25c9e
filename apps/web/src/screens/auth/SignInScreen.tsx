import { useApolloClient, useMutation } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { safeReturnPath } from '../../app/session';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { usePageTitle } from '../../components/PageTitle';
import { useDraft } from '../../forms/useDraft';
import { useFormErrors } from '../../forms/useFormErrors';
import { graphql } from '../../gql';
import { t } from '../../i18n/i18n';
import { requireFields } from '../../forms/requireFields';
import { OrganisationSignIn, refusalMessage } from './OrganisationSignIn';

export const START_SESSION = graphql(`
  mutation StartSession($input: SignInInput!) {
    startSession(input: $input) {
      expiresAt
      user {
        id
        email
        displayName
      }
    }
  }
`);

export function SignInScreen() {
  usePageTitle(t('auth.signIn.title'));
  const [params] = useSearchParams();
  const returnTo = params.get('return');
  const navigate = useNavigate();
  const client = useApolloClient();
  const draft = useDraft('sign-in', { email: params.get('email') ?? '', password: '' }, { secret: ['password'] });
  const errors = useFormErrors(draft.values);
  const [startSession, { loading }] = useMutation(START_SESSION, { context: { expectSignedOut: true } });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!requireFields(errors, draft.values, { email: 'auth.email.required', password: 'auth.password.required' })) return;
    try {
      await startSession({ variables: { input: { email: draft.values.email.trim(), password: draft.values.password } } });
      draft.clear();
      // A new person may be signing in on this tab: nothing cached for the last one is kept.
      await client.clearStore();
      navigate(safeReturnPath(returnTo), { replace: true });
    } catch (error) {
      const problem = errors.fromError(error);
      if (problem.code === 'UNAUTHENTICATED') errors.setLocal({}, t('auth.signIn.failed'));
    }
  }

  return (
    <section className="narrow" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('auth.signIn.title')}</h1>
      {returnTo && <p className="notice">{t('auth.signIn.expired')}</p>}
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <form onSubmit={submit} noValidate>
        <Field
          label={t('auth.email')}
          name="email"
          type="email"
          autoComplete="username"
          required
          value={draft.values.email}
          onChange={(e) => draft.set('email', e.target.value)}
          error={errors.field('email')}
        />
        <Field
          label={t('auth.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={draft.values.password}
          onChange={(e) => draft.set('password', e.target.value)}
          error={errors.field('password')}
        />
        <Button type="submit" variant="primary" busy={loading}>
          {t('auth.signIn.submit')}
        </Button>
      </form>
      <p>
        {t('auth.signIn.noAccount')} <Link to="/sign-up">{t('auth.signUp.title')}</Link>
      </p>
      <p>
        <Link to="/forgot-password">{t('auth.signIn.forgotten')}</Link>
      </p>
      <OrganisationSignIn refused={refusalMessage(params.get('sso'))} />
    </section>
  );
}
