import { type FormEvent, useEffect, useRef } from 'react';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { ErrorState, LoadingState } from '../../components/States';
import { requireFields } from '../../forms/requireFields';
import { useDraft } from '../../forms/useDraft';
import { useFormErrors } from '../../forms/useFormErrors';
import { t } from '../../i18n/i18n';
import { WebhookEventPicker } from './WebhookEventPicker';
import type { KindGroup } from './webhookTypes';

/** What the form edits, named after the mutation's input so the API's field problems meet their fields. */
export type WebhookValues = {
  url: string;
  description: string;
  eventTypes: string[];
  active: boolean;
};

export interface WebhookFormProps {
  draftId: string;
  initial: WebhookValues;
  heading: string;
  submitLabel: string;
  /** The catalogue grouped by kind; null while it loads (or when it failed: `typesError`). */
  groups: readonly KindGroup[] | null;
  typesError?: unknown;
  onRetryTypes: () => void;
  /** Offer "send as soon as it is added" (adding); an endpoint is turned on and off by its own button. */
  withActive: boolean;
  busy: boolean;
  /** Sends the trimmed values; throws what the API refused. */
  onSubmit: (values: WebhookValues) => Promise<void>;
  onCancel: () => void;
}

/**
 * Adding or changing an endpoint: its URL (the API refuses private addresses and says so at the
 * field), a description, and the event types to send. The heading takes focus when the form
 * opens, so a keyboard user starts at its top.
 */
export function WebhookForm({
  draftId,
  initial,
  heading,
  submitLabel,
  groups,
  typesError,
  onRetryTypes,
  withActive,
  busy,
  onSubmit,
  onCancel,
}: WebhookFormProps) {
  const draft = useDraft<WebhookValues>(draftId, initial);
  const errors = useFormErrors(draft.values);
  const title = useRef<HTMLHeadingElement>(null);
  const headingId = `${draftId}-heading`;

  useEffect(() => {
    title.current?.focus();
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!requireFields(errors, draft.values, { url: 'webhooks.url.required' })) return;
    if (draft.values.eventTypes.length === 0) {
      errors.setLocal({ eventTypes: t('webhooks.types.required') }, t('forms.fixBelow'));
      return;
    }
    try {
      await onSubmit({ ...draft.values, url: draft.values.url.trim(), description: draft.values.description.trim() });
      draft.clear();
    } catch (error) {
      errors.fromError(error);
    }
  }

  // The API names a refused type by its place in the list (input.eventTypes[3]); the picker shows it.
  const typesProblem =
    errors.field('eventTypes') ?? Object.entries(errors.problem?.fields ?? {}).find(([name]) => name.startsWith('eventTypes.'))?.[1];

  return (
    <form onSubmit={submit} noValidate className="stack webhook-form" aria-labelledby={headingId}>
      <h3 id={headingId} ref={title} tabIndex={-1}>
        {heading}
      </h3>
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <Field
        label={t('webhooks.url')}
        hint={t('webhooks.urlHint')}
        name="url"
        type="url"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        required
        maxLength={2000}
        value={draft.values.url}
        onChange={(e) => draft.set('url', e.target.value)}
        error={errors.field('url')}
      />
      <Field
        label={t('webhooks.description')}
        hint={t('webhooks.descriptionHint')}
        name="description"
        maxLength={200}
        value={draft.values.description}
        onChange={(e) => draft.set('description', e.target.value)}
        error={errors.field('description')}
      />
      {groups ? (
        <WebhookEventPicker
          groups={groups}
          chosen={draft.values.eventTypes}
          onChange={(chosen) => draft.set('eventTypes', chosen)}
          error={typesProblem}
        />
      ) : typesError ? (
        <div className="stack">
          <p className="field__label">{t('webhooks.types.legend')}</p>
          <p>{t('webhooks.types.loadFailed')}</p>
          <ErrorState error={typesError} onRetry={onRetryTypes} />
        </div>
      ) : (
        <LoadingState />
      )}
      {withActive && (
        <div className="field">
          <label className="webhook-types__check">
            <input
              type="checkbox"
              name="active"
              checked={draft.values.active}
              onChange={(e) => draft.set('active', e.target.checked)}
              aria-describedby={`${draftId}-active-hint`}
            />
            {t('webhooks.active')}
          </label>
          <p id={`${draftId}-active-hint`} className="field__hint">
            {t('webhooks.activeHint')}
          </p>
        </div>
      )}
      <div className="actions">
        <Button type="submit" variant="primary" busy={busy}>
          {submitLabel}
        </Button>
        <Button
          onClick={() => {
            draft.clear();
            onCancel();
          }}
        >
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
