import { type FormEvent, useState } from 'react';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { useFormErrors } from '../../forms/useFormErrors';
import { hasMessage, t } from '../../i18n/i18n';

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** The words for a refused sign-in with an organisation (the server's `?sso=` reason), or null for none or an unknown one. */
export function refusalMessage(reason: string | null): string | null {
  const key = `sso.refused.${reason}`;
  return reason && /^[A-Z_]+$/.test(reason) && hasMessage(key) ? t(key) : null;
}

/**
 * "Sign in with your organisation": the short name the organisation gave, then the browser goes to
 * the server, which sends it on to the organisation's own sign-in service and back (a full page
 * load, not a request of this client's). `refused`: why the last attempt was refused, in words.
 */
export function OrganisationSignIn({
  refused,
  go = (url) => window.location.assign(url),
}: {
  refused: string | null;
  go?: (url: string) => void;
}) {
  const [slug, setSlug] = useState('');
  const values = { slug };
  const errors = useFormErrors(values);

  function submit(event: FormEvent) {
    event.preventDefault();
    const typed = slug.trim().toLowerCase();
    if (!typed) return errors.setLocal({ slug: t('sso.signIn.slug.required') }, t('errors.BAD_USER_INPUT'));
    if (!SLUG.test(typed)) return errors.setLocal({ slug: t('sso.signIn.slug.invalid') }, t('errors.BAD_USER_INPUT'));
    go(`/auth/oidc/${encodeURIComponent(typed)}/start`);
  }

  return (
    <section aria-labelledby="organisation-sign-in-title" className="stack">
      <h2 id="organisation-sign-in-title">{t('sso.signIn.title')}</h2>
      {refused && (
        <p className="notice" role="alert">
          {refused}
        </p>
      )}
      <p>{t('sso.signIn.intro')}</p>
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <form onSubmit={submit} noValidate aria-labelledby="organisation-sign-in-title">
        <Field
          label={t('sso.signIn.slug')}
          hint={t('sso.signIn.slugHint')}
          name="slug"
          autoComplete="organization"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={slug}
          onChange={(e) => setSlug(e.target.value)}
          error={errors.field('slug')}
        />
        <Button type="submit">{t('sso.signIn.submit')}</Button>
      </form>
    </section>
  );
}
