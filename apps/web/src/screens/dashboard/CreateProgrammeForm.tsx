import { useMutation } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useOrganisation } from '../../app/frames';
import { Button } from '../../components/Button';
import { Field, TextAreaField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { requireFields } from '../../forms/requireFields';
import { useDraft } from '../../forms/useDraft';
import { useFormErrors } from '../../forms/useFormErrors';
import { t } from '../../i18n/i18n';
import { CREATE_PROGRAMME } from './operations';

/** The form's draft name (useDraft), per page. */
export const CREATE_PROGRAMME_FORM = 'create-programme';

/** Starts a programme at Map it (createProgramme) and opens its board. */
export function CreateProgrammeForm({ onCancel }: { onCancel?: () => void }) {
  const organisation = useOrganisation();
  const navigate = useNavigate();
  const draft = useDraft(CREATE_PROGRAMME_FORM, { name: '', description: '' });
  const errors = useFormErrors(draft.values);
  const [create, { loading }] = useMutation(CREATE_PROGRAMME, { refetchQueries: ['OrganisationDashboard'] });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!requireFields(errors, draft.values, { name: 'dashboard.newProgramme.name.required' })) return;
    try {
      const description = draft.values.description.trim();
      const { data } = await create({ variables: { input: { name: draft.values.name.trim(), ...(description ? { description } : {}) } } });
      draft.clear();
      navigate(`/o/${organisation.id}/programmes/${data!.createProgramme.id}`);
    } catch (error) {
      errors.fromError(error);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="stack">
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <Field
        label={t('dashboard.newProgramme.name')}
        name="name"
        required
        value={draft.values.name}
        onChange={(e) => draft.set('name', e.target.value)}
        error={errors.field('name')}
      />
      <TextAreaField
        label={t('dashboard.newProgramme.description')}
        hint={t('dashboard.newProgramme.descriptionHint')}
        name="description"
        rows={3}
        value={draft.values.description}
        onChange={(e) => draft.set('description', e.target.value)}
        error={errors.field('description')}
      />
      <div className="actions">
        <Button type="submit" variant="primary" busy={loading}>
          {t('dashboard.newProgramme.submit')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('common.cancel')}</Button>}
      </div>
    </form>
  );
}
