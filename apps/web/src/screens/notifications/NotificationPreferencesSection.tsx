import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useMemo, useState } from 'react';
import { Button } from '../../components/Button';
import { SelectField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { useAnnounce } from '../../components/LiveRegion';
import { ErrorState, LoadingState } from '../../components/States';
import { useFormErrors } from '../../forms/useFormErrors';
import type { NotificationKind } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { NOTIFICATION_PREFERENCES, UPDATE_NOTIFICATION_PREFERENCES } from './operations';
import './notifications.css';

const KINDS: readonly NotificationKind[] = ['TASK_DUE_TOMORROW', 'TASK_OVERDUE', 'STEP_PAST_TARGET', 'WORKSHOP_TOMORROW'];
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

interface Values {
  digestEmail: boolean;
  kinds: NotificationKind[];
  sendHour: string;
  /** '' for the organisation's. */
  timeZone: string;
}

/** The account page's Reminders section: what a person hears about, when, and whether by e-mail. */
export function NotificationPreferencesSection() {
  const { data, error, refetch } = useQuery(NOTIFICATION_PREFERENCES);
  return (
    <section aria-labelledby="account-reminders" className="card stack">
      <h2 id="account-reminders">{t('notifications.settings.title')}</h2>
      <p>{t('notifications.settings.lead')}</p>
      {data ? (
        <PreferencesForm saved={data.notificationPreferences} />
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <LoadingState label={t('notifications.settings.loading')} />
      )}
    </section>
  );
}

function PreferencesForm({
  saved,
}: {
  saved: {
    digestEmail: boolean;
    kinds: NotificationKind[];
    sendHour: number;
    timeZone?: string | null;
    effectiveTimeZone: string;
    emailAvailable: boolean;
  };
}) {
  const announce = useAnnounce();
  const [values, setValues] = useState<Values>({
    digestEmail: saved.digestEmail,
    kinds: saved.kinds,
    sendHour: String(saved.sendHour),
    timeZone: saved.timeZone ?? '',
  });
  const errors = useFormErrors(values);
  const [update, { loading }] = useMutation(UPDATE_NOTIFICATION_PREFERENCES, { refetchQueries: [NOTIFICATION_PREFERENCES] });
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await update({
        variables: {
          input: {
            digestEmail: values.digestEmail,
            kinds: values.kinds,
            sendHour: Number(values.sendHour),
            timeZone: values.timeZone || null,
          },
        },
      });
      announce(t('notifications.settings.saved'));
    } catch (error) {
      errors.fromError(error);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="stack">
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <div className="field">
        <label>
          <input
            type="checkbox"
            name="digestEmail"
            checked={values.digestEmail}
            disabled={!saved.emailAvailable}
            onChange={(e) => set('digestEmail', e.target.checked)}
          />{' '}
          {t('notifications.settings.digestEmail')}
        </label>
        {!saved.emailAvailable && <p className="field__hint">{t('notifications.settings.noEmail')}</p>}
      </div>
      <fieldset className="notification-kinds field">
        <legend className="field__label">{t('notifications.settings.kinds')}</legend>
        {KINDS.map((kind) => (
          <label key={kind} className="block">
            <input
              type="checkbox"
              name="kinds"
              value={kind}
              checked={values.kinds.includes(kind)}
              onChange={(e) => set('kinds', e.target.checked ? [...values.kinds, kind] : values.kinds.filter((k) => k !== kind))}
            />{' '}
            {t(`notifications.kind.${kind}`)}
          </label>
        ))}
        {errors.field('kinds') && <p className="field__error">{errors.field('kinds')}</p>}
      </fieldset>
      <SelectField
        label={t('notifications.settings.sendHour')}
        hint={t('notifications.settings.sendHour.hint')}
        name="sendHour"
        value={values.sendHour}
        onChange={(e) => set('sendHour', e.target.value)}
        error={errors.field('sendHour')}
      >
        {HOURS.map((hour) => (
          <option key={hour} value={String(hour)}>
            {`${String(hour).padStart(2, '0')}:00`}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('notifications.settings.timeZone')}
        hint={t('notifications.settings.timeZone.hint', { zone: saved.effectiveTimeZone })}
        name="timeZone"
        value={values.timeZone}
        onChange={(e) => set('timeZone', e.target.value)}
        error={errors.field('timeZone')}
      >
        <option value="">{t('notifications.settings.timeZone.organisation')}</option>
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone}
          </option>
        ))}
      </SelectField>
      <div>
        <Button type="submit" variant="primary" busy={loading}>
          {t('notifications.settings.save')}
        </Button>
      </div>
    </form>
  );
}
