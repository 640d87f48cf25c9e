import { useApolloClient, useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ME, useSession } from '../../app/session';
import { forgetLinkToken, linkToken } from '../../app/tokens';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { usePageTitle } from '../../components/PageTitle';
import { LoadingState } from '../../components/States';
import { requireFields } from '../../forms/requireFields';
import { useDraft } from '../../forms/useDraft';
import { useFormErrors } from '../../forms/useFormErrors';
import { graphql } from '../../gql';
import { t } from '../../i18n/i18n';

export const ACCEPT_INVITATION = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      message
      membership {
        id
        role
        organisation {
          id
          name
        }
      }
    }
  }
`);

const RETURN_HERE = `/sign-in?return=${encodeURIComponent('/invitations/accept')}`;

/**
 * The invitation link's page. Signed in: join with one button. Not signed in: make an account for
 * the invited address (the API never signs anyone in from here), or sign in first and come back.
 */
export function AcceptInvitationScreen() {
  usePageTitle(t('auth.invitation.title'));
  const [token] = useState(() => linkToken('/invitations/accept'));
  const { me, loading } = useSession();
  const navigate = useNavigate();
  const client = useApolloClient();
  const draft = useDraft('accept-invitation', { displayName: '', password: '' }, { secret: ['password'] });
  const errors = useFormErrors(draft.values);
  const [accept, accepting] = useMutation(ACCEPT_INVITATION, { context: { expectSignedOut: true } });
  const [accountMessage, setAccountMessage] = useState<string | null>(null);

  const heading = <h1 id="invitation-title">{t('auth.invitation.title')}</h1>;
  if (!token) {
    return (
      <section className="narrow" aria-labelledby="invitation-title">
        {heading}
        <p>{t('auth.invitation.noToken')}</p>
        <Link to="/">{t('shell.notMember.home')}</Link>
      </section>
    );
  }
  if (loading) return <LoadingState />;

  async function join() {
    try {
      const { data } = await accept({ variables: { input: { token: token! } } });
      const organisation = data?.acceptInvitation.membership?.organisation;
      forgetLinkToken('/invitations/accept');
      await client.refetchQueries({ include: [ME] });
      navigate(organisation ? `/o/${organisation.id}` : '/', { replace: true });
    } catch (error) {
      errors.fromError(error);
    }
  }

  async function createAccount(event: FormEvent) {
    event.preventDefault();
    if (!requireFields(errors, draft.values, { displayName: 'auth.displayName.required', password: 'auth.choosePassword.required' }))
      return;
    try {
      const { data } = await accept({
        variables: { input: { token: token!, displayName: draft.values.displayName.trim(), password: draft.values.password } },
      });
      // The invitation is used up: keeping its token would bring the person back here after
      // signing in, to a "Join" the API refuses. Signing in plainly lands on their organisation.
      forgetLinkToken('/invitations/accept');
      draft.clear();
      setAccountMessage(data?.acceptInvitation.message ?? '');
    } catch (error) {
      errors.fromError(error);
    }
  }

  if (me) {
    return (
      <section className="narrow" aria-labelledby="invitation-title">
        {heading}
        <FormSummary message={errors.summary} fields={errors.problem?.fields} />
        <p>{t('auth.invitation.signedInAs', { email: me.email })}</p>
        <Button variant="primary" busy={accepting.loading} onClick={() => void join()}>
          {t('auth.invitation.join')}
        </Button>
      </section>
    );
  }

  if (accountMessage !== null) {
    return (
      <section className="narrow" aria-labelledby="invitation-title">
        {heading}
        <p role="status">{accountMessage}</p>
        <Link to="/sign-in">{t('auth.signIn.title')}</Link>
      </section>
    );
  }

  return (
    <section className="narrow" aria-labelledby="invitation-title">
      {heading}
      <p>
        {t('auth.invitation.haveAccount')} <Link to={RETURN_HERE}>{t('auth.invitation.signInFirst')}</Link>
      </p>
      <h2>{t('auth.invitation.newAccount')}</h2>
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <form onSubmit={createAccount} noValidate>
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
        <Button type="submit" variant="primary" busy={accepting.loading}>
          {t('auth.invitation.createAccount')}
        </Button>
      </form>
    </section>
  );
}
