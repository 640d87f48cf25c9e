import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { Button } from '../../components/Button';
import { Field, SelectField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { useAnnounce } from '../../components/LiveRegion';
import { ErrorState, LoadingState } from '../../components/States';
import { useFormErrors } from '../../forms/useFormErrors';
import type { OidcConfigurationQuery, Role } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { ROLES } from './roles';
import { OIDC_CONFIGURATION, UPDATE_OIDC_CONFIGURATION } from './singleSignOnOperations';

type Saved = NonNullable<OidcConfigurationQuery['oidcConfiguration']>;

interface Values {
  enabled: boolean;
  slug: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  audience: string;
  roleClaim: string;
  roleMapping: Array<{ claimValue: string; role: Role }>;
  createMembersOnFirstSignIn: boolean;
  passwordSignInAllowed: boolean;
}

const EMPTY: Values = {
  enabled: false,
  slug: '',
  issuer: '',
  clientId: '',
  clientSecret: '',
  audience: '',
  roleClaim: 'groups',
  roleMapping: [{ claimValue: '', role: 'VIEWER' }],
  createMembersOnFirstSignIn: false,
  passwordSignInAllowed: true,
};

function valuesOf(saved: Saved | null | undefined): Values {
  if (!saved) return EMPTY;
  return {
    enabled: saved.enabled,
    slug: saved.slug,
    issuer: saved.issuer,
    clientId: saved.clientId,
    clientSecret: '',
    audience: saved.audience ?? '',
    roleClaim: saved.roleClaim,
    roleMapping: saved.roleMapping.map(({ claimValue, role }) => ({ claimValue, role })),
    createMembersOnFirstSignIn: saved.createMembersOnFirstSignIn,
    passwordSignInAllowed: saved.passwordSignInAllowed,
  };
}

/** Single sign-on with the organisation's own OpenID Connect provider, for an ADMIN. */
export function SingleSignOnSection() {
  const { data, error, refetch } = useQuery(OIDC_CONFIGURATION);
  return (
    <section aria-labelledby="admin-sso" className="card stack">
      <h2 id="admin-sso">{t('sso.admin.title')}</h2>
      <p>{t('sso.admin.intro')}</p>
      {data ? (
        <SingleSignOnForm key={data.oidcConfiguration?.version ?? 0} saved={data.oidcConfiguration ?? null} />
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <LoadingState />
      )}
    </section>
  );
}

function Checkbox({
  name,
  label,
  hint,
  checked,
  onChange,
}: {
  name: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange: (on: boolean) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label className="webhook-types__check">
        <input
          type="checkbox"
          name={name}
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={hint ? id : undefined}
        />
        {label}
      </label>
      {hint && (
        <p id={id} className="field__hint">
          {hint}
        </p>
      )}
    </div>
  );
}

function SingleSignOnForm({ saved }: { saved: Saved | null }) {
  const announce = useAnnounce();
  const [values, setValues] = useState<Values>(() => valuesOf(saved));
  const errors = useFormErrors(values);
  const [update, { loading }] = useMutation(UPDATE_OIDC_CONFIGURATION, { refetchQueries: [OIDC_CONFIGURATION], awaitRefetchQueries: true });
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((now) => ({ ...now, [key]: value }));
  const setRow = (index: number, row: Partial<Values['roleMapping'][number]>) =>
    set(
      'roleMapping',
      values.roleMapping.map((r, i) => (i === index ? { ...r, ...row } : r)),
    );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!values.slug.trim()) missing.slug = t('sso.admin.slug.required');
    if (!values.issuer.trim()) missing.issuer = t('sso.admin.issuer.required');
    if (!values.clientId.trim()) missing.clientId = t('sso.admin.clientId.required');
    if (!values.roleClaim.trim()) missing.roleClaim = t('sso.admin.roleClaim.required');
    values.roleMapping.forEach((row, i) => {
      if (!row.claimValue.trim()) missing[`roleMapping.${i}.claimValue`] = t('sso.admin.claimValue.required');
    });
    if (Object.keys(missing).length) return errors.setLocal(missing, t('errors.BAD_USER_INPUT'));
    try {
      await update({
        variables: {
          input: {
            version: saved?.version ?? null,
            enabled: values.enabled,
            slug: values.slug.trim().toLowerCase(),
            issuer: values.issuer.trim(),
            clientId: values.clientId.trim(),
            ...(values.clientSecret ? { clientSecret: values.clientSecret } : {}),
            audience: values.audience.trim() || null,
            roleClaim: values.roleClaim.trim(),
            roleMapping: values.roleMapping.map((row) => ({ claimValue: row.claimValue.trim(), role: row.role })),
            createMembersOnFirstSignIn: values.createMembersOnFirstSignIn,
            passwordSignInAllowed: values.passwordSignInAllowed,
          },
        },
      });
      announce(t('sso.admin.saved'));
    } catch (error) {
      const problem = errors.fromError(error);
      if (problem.code === 'CONFLICT') errors.setLocal({}, t('sso.admin.conflict'));
    }
  }

  return (
    <form onSubmit={submit} noValidate className="stack" aria-labelledby="admin-sso">
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      {saved && (
        <dl className="facts">
          <dt>{t('sso.admin.redirectUri')}</dt>
          <dd>
            <code>{saved.redirectUri}</code>
          </dd>
          <dt>{t('sso.admin.signInUrl')}</dt>
          <dd>
            <code>{saved.signInUrl}</code>
          </dd>
        </dl>
      )}
      <Checkbox name="enabled" label={t('sso.admin.enabled')} checked={values.enabled} onChange={(on) => set('enabled', on)} />
      <Field
        label={t('sso.admin.slug')}
        hint={t('sso.admin.slugHint')}
        name="slug"
        required
        autoCapitalize="none"
        spellCheck={false}
        value={values.slug}
        onChange={(e) => set('slug', e.target.value)}
        error={errors.field('slug')}
      />
      <Field
        label={t('sso.admin.issuer')}
        hint={t('sso.admin.issuerHint')}
        name="issuer"
        type="url"
        required
        value={values.issuer}
        onChange={(e) => set('issuer', e.target.value)}
        error={errors.field('issuer')}
      />
      <Field
        label={t('sso.admin.clientId')}
        name="clientId"
        required
        spellCheck={false}
        value={values.clientId}
        onChange={(e) => set('clientId', e.target.value)}
        error={errors.field('clientId')}
      />
      <Field
        label={t('sso.admin.clientSecret')}
        hint={saved?.clientSecretSet ? t('sso.admin.clientSecretSet') : t('sso.admin.clientSecretHint')}
        name="clientSecret"
        type="password"
        autoComplete="off"
        value={values.clientSecret}
        onChange={(e) => set('clientSecret', e.target.value)}
        error={errors.field('clientSecret')}
      />
      <Field
        label={t('sso.admin.audience')}
        hint={t('sso.admin.audienceHint')}
        name="audience"
        value={values.audience}
        onChange={(e) => set('audience', e.target.value)}
        error={errors.field('audience')}
      />
      <Field
        label={t('sso.admin.roleClaim')}
        hint={t('sso.admin.roleClaimHint')}
        name="roleClaim"
        required
        spellCheck={false}
        value={values.roleClaim}
        onChange={(e) => set('roleClaim', e.target.value)}
        error={errors.field('roleClaim')}
      />
      <fieldset className="stack">
        <legend>{t('sso.admin.mapping')}</legend>
        <p className="field__hint">{t('sso.admin.mappingHint')}</p>
        {errors.field('roleMapping') && <p className="field__error">{errors.field('roleMapping')}</p>}
        {values.roleMapping.map((row, i) => (
          <div key={i} className="actions">
            <Field
              label={t('sso.admin.claimValue', { number: i + 1 })}
              name={`roleMapping.${i}.claimValue`}
              required
              value={row.claimValue}
              onChange={(e) => setRow(i, { claimValue: e.target.value })}
              error={errors.field(`roleMapping.${i}.claimValue`)}
            />
            <SelectField
              label={t('sso.admin.role', { number: i + 1 })}
              name={`roleMapping.${i}.role`}
              value={row.role}
              onChange={(e) => setRow(i, { role: e.target.value as Role })}
            >
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`roles.${role}`)}
                </option>
              ))}
            </SelectField>
            <Button
              onClick={() =>
                set(
                  'roleMapping',
                  values.roleMapping.filter((_, j) => j !== i),
                )
              }
            >
              {t('sso.admin.removeMapping', { number: i + 1 })}
            </Button>
          </div>
        ))}
        <div className="actions">
          <Button onClick={() => set('roleMapping', [...values.roleMapping, { claimValue: '', role: 'VIEWER' }])}>
            {t('sso.admin.addMapping')}
          </Button>
        </div>
      </fieldset>
      <Checkbox
        name="createMembersOnFirstSignIn"
        label={t('sso.admin.createMembers')}
        checked={values.createMembersOnFirstSignIn}
        onChange={(on) => set('createMembersOnFirstSignIn', on)}
      />
      <Checkbox
        name="passwordSignInAllowed"
        label={t('sso.admin.passwordsAllowed')}
        hint={t('sso.admin.passwordsAllowedHint')}
        checked={values.passwordSignInAllowed}
        onChange={(on) => set('passwordSignInAllowed', on)}
      />
      {errors.field('passwordSignInAllowed') && <p className="field__error">{errors.field('passwordSignInAllowed')}</p>}
      <div className="actions">
        <Button type="submit" variant="primary" busy={loading}>
          {t('sso.admin.save')}
        </Button>
      </div>
    </form>
  );
}
