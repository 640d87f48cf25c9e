import { type FormEvent, useState } from 'react';
import { Button } from '../../components/Button';
import { Field, SelectField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { type RequiredMessage, requireFields } from '../../forms/requireFields';
import { useDraft } from '../../forms/useDraft';
import { useFormErrors } from '../../forms/useFormErrors';
import type { Role } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { OneTimeSecret } from './OneTimeSecret';
import { ROLES } from './roles';

/** What the API gave out once: shown here, then forgotten. */
export interface IssuedOnce {
  title: string;
  value: string;
}

/**
 * A form of one field and a role whose answer is a secret shown once (an API key, an invitation
 * link): the secret lives in this component's state only, never in Apollo's cache (the caller's
 * mutation is no-cache) nor in the draft, and is forgotten when dismissed.
 */
export function IssueOnceForm({
  draftId,
  field,
  role,
  heading,
  headingId,
  hint,
  submitLabel,
  secret,
  busy,
  issue,
  onIssued,
}: {
  draftId: string;
  field: {
    name: 'name' | 'email';
    label: string;
    hint?: string;
    type?: 'text' | 'email';
    autoComplete?: string;
    maxLength?: number;
    missing: RequiredMessage;
  };
  role: { initial: Role; label: string; hint?: string };
  heading: string;
  headingId: string;
  hint?: string;
  submitLabel: string;
  secret: { warning: string; label: string };
  busy: boolean;
  /** Sends the trimmed value and the role; answers what to show once. */
  issue: (value: string, role: Role) => Promise<IssuedOnce>;
  onIssued: () => void;
}) {
  // Keyed by the field's own name, which the API's problems name too.
  const draft = useDraft<Record<string, string>>(draftId, { [field.name]: '', role: role.initial });
  const errors = useFormErrors(draft.values);
  const value = draft.values[field.name] ?? '';
  const [issued, setIssued] = useState<IssuedOnce | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!requireFields(errors, draft.values, { [field.name]: field.missing })) return;
    try {
      const answer = await issue(value.trim(), draft.values.role as Role);
      draft.clear();
      setIssued(answer);
      onIssued();
    } catch (error) {
      errors.fromError(error);
    }
  }

  return (
    <>
      {issued && (
        <OneTimeSecret
          title={issued.title}
          warning={secret.warning}
          label={secret.label}
          value={issued.value}
          onDone={() => setIssued(null)}
        />
      )}
      <form onSubmit={submit} noValidate className="stack" aria-labelledby={headingId}>
        <h3 id={headingId}>{heading}</h3>
        <FormSummary message={errors.summary} fields={errors.problem?.fields} />
        <div className="form-row">
          <Field
            label={field.label}
            hint={field.hint}
            name={field.name}
            type={field.type}
            autoComplete={field.autoComplete}
            required
            maxLength={field.maxLength}
            value={value}
            onChange={(e) => draft.set(field.name, e.target.value)}
            error={errors.field(field.name)}
          />
          <SelectField
            label={role.label}
            hint={role.hint}
            name="role"
            value={draft.values.role}
            onChange={(e) => draft.set('role', e.target.value)}
            error={errors.field('role')}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </SelectField>
        </div>
        {hint && <p className="hint">{hint}</p>}
        <div className="actions">
          <Button type="submit" variant="primary" busy={busy}>
            {submitLabel}
          </Button>
        </div>
      </form>
    </>
  );
}
