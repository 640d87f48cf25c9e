import { ApolloProvider, useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { type FormEvent, useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { usePageTitle } from '../../components/PageTitle';
import { LoadingState } from '../../components/States';
import { requireFields } from '../../forms/requireFields';
import { useFormErrors } from '../../forms/useFormErrors';
import { LOCALE, t } from '../../i18n/i18n';
import { createGuestClient, type GuestClient, keepPass } from './guestClient';
import { GUEST_NAME_MAX_LENGTH } from '../../../../../libs/workflow/src/workshop-room';
import { JOIN_WORKSHOP } from './operations';
import './room.css';

const clock = new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit' });

/** When a network that tried too many wrong codes may try again, from TOO_MANY_ATTEMPTS' retryAfterSeconds. */
export function retryAfter(error: unknown, now = Date.now()): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const refused = error.errors.find((e) => e.extensions?.code === 'TOO_MANY_ATTEMPTS');
  if (!refused) return null;
  const seconds = Number(refused.extensions?.retryAfterSeconds);
  if (!Number.isFinite(seconds) || seconds <= 0) return t('room.join.tooManyLater');
  return seconds < 120
    ? t('room.join.tooManySeconds', { seconds: Math.ceil(seconds) })
    : t('room.join.tooManyAt', { time: clock.format(new Date(now + seconds * 1000)) });
}

/**
 * /join: someone in the room without an account joins the running workshop with the code on the
 * facilitator's screen (prefilled from ?code=, then taken out of the address bar) and a name the
 * room will see. Nothing else is asked. The pass that joining answers is kept in sessionStorage for
 * this tab, never in the address, and /room opens with it.
 */
export function JoinScreen() {
  usePageTitle(t('room.join.pageTitle'));
  const [client, setClient] = useState<GuestClient | null>(null);
  useEffect(() => {
    const created = createGuestClient();
    setClient(created);
    return () => created.dispose();
  }, []);
  return (
    <main id="main" className="guest" tabIndex={-1}>
      {client ? (
        <ApolloProvider client={client.apollo}>
          <JoinForm />
        </ApolloProvider>
      ) : (
        <LoadingState />
      )}
    </main>
  );
}

function JoinForm() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const [values, setValues] = useState(() => ({ code: params.get('code') ?? '', displayName: '' }));
  const errors = useFormErrors(values);
  const [tooMany, setTooMany] = useState<string | null>(null);
  const [join, { loading }] = useMutation(JOIN_WORKSHOP);

  // The code stays in the form, not in the address bar (nor in history or a shared screenshot).
  useEffect(() => {
    if (params.has('code')) setParams({}, { replace: true });
  }, [params, setParams]);

  const set = (field: keyof typeof values) => (value: string) => {
    setValues((now) => ({ ...now, [field]: value }));
    setTooMany(null);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTooMany(null);
    if (!requireFields(errors, values, { code: 'room.join.code.required', displayName: 'room.join.displayName.required' })) return;
    try {
      const { data } = await join({ variables: { input: { code: values.code.trim(), displayName: values.displayName.trim() } } });
      if (!data) return;
      keepPass({ pass: data.joinWorkshop.pass, expiresAt: data.joinWorkshop.expiresAt });
      void navigate('/room', { replace: true });
    } catch (error) {
      const wait = retryAfter(error);
      if (wait) {
        errors.clear();
        setTooMany(wait);
      } else errors.fromError(error);
    }
  };

  return (
    <div className="guest__card">
      <h1>{t('room.join.title')}</h1>
      <p>{t('room.join.intro')}</p>
      <form onSubmit={submit} noValidate className="guest__form">
        <FormSummary message={tooMany ?? errors.summary} fields={tooMany ? undefined : errors.problem?.fields} />
        <Field
          name="code"
          label={t('room.join.code')}
          hint={t('room.join.codeHint')}
          value={values.code}
          onChange={(e) => set('code')(e.target.value)}
          error={errors.field('code')}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          className="field__control guest__code-input"
        />
        <Field
          name="displayName"
          label={t('room.join.displayName')}
          hint={t('room.join.displayNameHint')}
          value={values.displayName}
          onChange={(e) => set('displayName')(e.target.value)}
          error={errors.field('displayName')}
          maxLength={GUEST_NAME_MAX_LENGTH}
          autoComplete="nickname"
        />
        <p className="guest__privacy">{t('room.join.privacy')}</p>
        <Button type="submit" variant="primary" busy={loading} className="guest__submit">
          {t('room.join.submit')}
        </Button>
      </form>
    </div>
  );
}
