import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useMemo, useState } from 'react';
import { Button } from '../../components/Button';
import { Field, SelectField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { useAnnounce } from '../../components/LiveRegion';
import { ErrorState, LoadingState } from '../../components/States';
import { requireFields } from '../../forms/requireFields';
import { useDraft } from '../../forms/useDraft';
import { useFormErrors } from '../../forms/useFormErrors';
import type { AdminOrganisationQuery } from '../../gql/graphql';
import { LOCALE, t } from '../../i18n/i18n';
import { ADMIN_ORGANISATION, UPDATE_ORGANISATION } from './operations';

type Settings = AdminOrganisationQuery['organisation'];
const FIELDS = ['name', 'timeZone', 'currency'] as const;
type Field = (typeof FIELDS)[number];
const LABELS = { name: 'organisations.name', timeZone: 'organisations.timeZone', currency: 'organisations.currency' } as const;

/** The organisation's name, time zone and currency: a form for an ADMIN, the facts for everyone else. */
export function SettingsSection({ canManage }: { canManage: boolean }) {
  const { data, error, refetch } = useQuery(ADMIN_ORGANISATION);
  return (
    <section aria-labelledby="admin-settings" className="card stack">
      <h2 id="admin-settings">{t('admin.settings')}</h2>
      {data ? (
        canManage ? (
          <SettingsForm saved={data.organisation} reload={refetch} />
        ) : (
          <SettingsFacts settings={data.organisation} />
        )
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <LoadingState />
      )}
    </section>
  );
}

function SettingsFacts({ settings }: { settings: Settings }) {
  const currencyNames = useMemo(() => new Intl.DisplayNames([LOCALE], { type: 'currency' }), []);
  return (
    <dl className="facts">
      <dt>{t('organisations.name')}</dt>
      <dd>{settings.name}</dd>
      <dt>{t('organisations.timeZone')}</dt>
      <dd>{settings.timeZone.replace(/_/g, ' ')}</dd>
      <dt>{t('organisations.currency')}</dt>
      <dd>
        {settings.currency} · {currencyNames.of(settings.currency)}
      </dd>
    </dl>
  );
}

/** The values the API knows, as the list to choose from (an older alias the organisation holds stays choosable). */
function choices(known: readonly string[], current: string): string[] {
  return known.includes(current) ? [...known] : [current, ...known];
}

function SettingsForm({ saved, reload }: { saved: Settings; reload: () => Promise<{ data?: AdminOrganisationQuery }> }) {
  const announce = useAnnounce();
  const draft = useDraft('organisation-settings', { name: saved.name, timeZone: saved.timeZone, currency: saved.currency });
  const errors = useFormErrors(draft.values);
  const [conflict, setConflict] = useState(false);
  /** After a reload: the fields someone else had changed. */
  const [theirs, setTheirs] = useState<Field[]>([]);
  const [update, { loading }] = useMutation(UPDATE_ORGANISATION);
  const timeZones = useMemo(() => choices(Intl.supportedValuesOf('timeZone'), saved.timeZone), [saved.timeZone]);
  const currencies = useMemo(() => choices(Intl.supportedValuesOf('currency'), saved.currency), [saved.currency]);
  const currencyNames = useMemo(() => new Intl.DisplayNames([LOCALE], { type: 'currency' }), []);
  const changed = FIELDS.filter((field) => draft.values[field].trim() !== saved[field]);

  /** A field's hint, and what is saved when the form holds something else (after a conflict, what the other person saved). */
  function savedHint(field: Field, hint?: string): string | undefined {
    const differs = changed.includes(field) ? t('admin.settings.savedValue', { value: saved[field].replace(/_/g, ' ') }) : undefined;
    return [hint, differs].filter(Boolean).join(' ') || undefined;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!requireFields(errors, draft.values, { name: 'organisations.name.required' })) return;
    if (changed.length === 0) {
      errors.setLocal({}, t('admin.settings.unchanged'));
      return;
    }
    const input = Object.fromEntries(changed.map((field) => [field, draft.values[field].trim()]));
    try {
      const { data } = await update({ variables: { input: { ...input, version: saved.version } } });
      const now = data!.updateOrganisation;
      // The saved values are the form's starting point now, so no draft is left behind.
      draft.replace({ name: now.name, timeZone: now.timeZone, currency: now.currency });
      setTheirs([]);
      setConflict(false);
      errors.clear();
      announce(t('admin.settings.saved'));
    } catch (error) {
      setConflict(errors.fromError(error).code === 'CONFLICT');
    }
  }

  async function loadLatest() {
    const before = saved;
    const latest = (await reload()).data?.organisation ?? before;
    // What this person changed stays; what they left alone takes the newly saved value.
    const kept = (field: Field) => (draft.values[field] === before[field] ? latest[field] : draft.values[field]);
    draft.replace({ name: kept('name'), timeZone: kept('timeZone'), currency: kept('currency') });
    setTheirs(FIELDS.filter((field) => latest[field] !== before[field]));
    setConflict(false);
    errors.clear();
  }

  return (
    <form onSubmit={submit} noValidate className="stack" aria-labelledby="admin-settings">
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      {theirs.length > 0 && !conflict && (
        <p className="notice" role="status">
          {t('admin.settings.theirs', { fields: theirs.map((field) => t(LABELS[field])).join(', ') })}
        </p>
      )}
      {conflict && (
        <div className="notice">
          <p>{t('admin.settings.conflict')}</p>
          <Button onClick={() => void loadLatest()}>{t('admin.settings.loadLatest')}</Button>
        </div>
      )}
      <Field
        label={t('organisations.name')}
        name="name"
        required
        value={draft.values.name}
        onChange={(e) => draft.set('name', e.target.value)}
        error={errors.field('name')}
        hint={savedHint('name')}
      />
      <SelectField
        label={t('organisations.timeZone')}
        hint={savedHint('timeZone', t('organisations.timeZoneHint'))}
        name="timeZone"
        value={draft.values.timeZone}
        onChange={(e) => draft.set('timeZone', e.target.value)}
        error={errors.field('timeZone')}
      >
        {timeZones.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replace(/_/g, ' ')}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('organisations.currency')}
        hint={savedHint('currency', t('admin.settings.currencyHint'))}
        name="currency"
        value={draft.values.currency}
        onChange={(e) => draft.set('currency', e.target.value)}
        error={errors.field('currency')}
      >
        {currencies.map((code) => (
          <option key={code} value={code}>
            {code} · {currencyNames.of(code)}
          </option>
        ))}
      </SelectField>
      <div className="actions">
        <Button type="submit" variant="primary" busy={loading}>
          {t('admin.settings.save')}
        </Button>
        {changed.length > 0 && (
          <Button
            onClick={() => {
              draft.replace({ name: saved.name, timeZone: saved.timeZone, currency: saved.currency });
              errors.clear();
            }}
          >
            {t('admin.settings.discard')}
          </Button>
        )}
      </div>
    </form>
  );
}
