import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId } from 'react';
import { Button } from '../../components/Button';
import { Field, SelectField, TextAreaField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { useDraft } from '../../forms/useDraft';
import { useFormErrors } from '../../forms/useFormErrors';
import type { SurveyLawfulBasis, SurveyPolicyArea, SurveySamplingMethod } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { CREATE_SURVEY, SURVEYS } from './operations';
import { LAWFUL_BASES, POLICY_AREAS, SAMPLING_METHODS } from './survey-terms';

export interface CreatedSurvey {
  id: string;
  title: string;
  responseUrl: string;
}

interface Draft {
  title: string;
  purpose: string;
  areas: SurveyPolicyArea[];
  samplingMethod: SurveySamplingMethod;
  lawfulBasis: SurveyLawfulBasis | '';
  askDrivers: boolean;
}

const EMPTY: Draft = { title: '', purpose: '', areas: [], samplingMethod: 'SELF_SELECTED_ONLINE', lawfulBasis: '', askDrivers: false };

/**
 * A new survey: its title and purpose (what residents read first), the policy areas it asks
 * about, how respondents will be found (shown with every result) and the lawful basis residents are
 * told. The public link comes back once, in `onCreated`; it is never kept in the draft or cache.
 */
export function CreateSurveyForm({ onCreated }: { onCreated: (created: CreatedSurvey) => void }) {
  const draft = useDraft<Draft>('create-survey', EMPTY);
  const errors = useFormErrors(draft.values);
  const [create, { loading }] = useMutation(CREATE_SURVEY, { fetchPolicy: 'no-cache', refetchQueries: [SURVEYS] });
  const headingId = useId();
  const areasHintId = useId();
  const areasErrorId = useId();
  const askDriversHintId = useId();
  const { values } = draft;

  function toggleArea(area: SurveyPolicyArea, on: boolean) {
    const chosen = new Set(values.areas);
    if (on) chosen.add(area);
    else chosen.delete(area);
    // Kept in the catalogue's order, which is the order the form asks them.
    draft.set(
      'areas',
      POLICY_AREAS.filter((a) => chosen.has(a)),
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!values.title.trim()) missing.title = t('surveys.create.title.required');
    if (!values.purpose.trim()) missing.purpose = t('surveys.create.purpose.required');
    if (values.areas.length === 0) missing.areas = t('surveys.create.areas.required');
    if (!values.lawfulBasis) missing.lawfulBasis = t('surveys.create.lawfulBasis.required');
    if (Object.keys(missing).length > 0) {
      errors.setLocal(missing, t('forms.fixBelow'));
      return;
    }
    errors.clear();
    try {
      const { data } = await create({
        variables: {
          input: {
            title: values.title.trim(),
            purpose: values.purpose.trim(),
            areas: values.areas,
            samplingMethod: values.samplingMethod,
            lawfulBasis: values.lawfulBasis || null,
            askDrivers: values.askDrivers ?? false,
          },
        },
      });
      const created = data!.createSurvey;
      draft.clear();
      onCreated({ id: created.survey.id, title: created.survey.title, responseUrl: created.responseUrl });
    } catch (error) {
      errors.fromError(error);
    }
  }

  const areasError = errors.field('areas');
  return (
    <form onSubmit={submit} noValidate className="stack survey-form" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('surveys.create.heading')}</h2>
      <p className="hint">{t('surveys.create.intro')}</p>
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <Field
        label={t('surveys.create.title')}
        hint={t('surveys.create.titleHint')}
        name="title"
        required
        maxLength={200}
        value={values.title}
        onChange={(e) => draft.set('title', e.target.value)}
        error={errors.field('title')}
      />
      <TextAreaField
        label={t('surveys.create.purpose')}
        hint={t('surveys.create.purposeHint')}
        name="purpose"
        required
        maxLength={1000}
        rows={3}
        value={values.purpose}
        onChange={(e) => draft.set('purpose', e.target.value)}
        error={errors.field('purpose')}
      />
      <fieldset
        className={areasError ? 'choices field--invalid' : 'choices'}
        aria-describedby={[areasHintId, areasError ? areasErrorId : ''].filter(Boolean).join(' ')}
      >
        <legend className="field__label">{t('surveys.create.areas')}</legend>
        <p id={areasHintId} className="field__hint">
          {t('surveys.create.areasHint')}
        </p>
        {POLICY_AREAS.map((area) => (
          <label key={area} className="choice">
            <input
              type="checkbox"
              name="areas"
              value={area}
              checked={values.areas.includes(area)}
              onChange={(e) => toggleArea(area, e.target.checked)}
            />
            {t(`surveys.area.${area}`)}
          </label>
        ))}
        {areasError && (
          <p id={areasErrorId} className="field__error">
            {areasError}
          </p>
        )}
      </fieldset>
      <SelectField
        label={t('surveys.create.samplingMethod')}
        hint={t(`surveys.sampling.${values.samplingMethod}.caveat`)}
        name="samplingMethod"
        value={values.samplingMethod}
        onChange={(e) => draft.set('samplingMethod', e.target.value as SurveySamplingMethod)}
        error={errors.field('samplingMethod')}
      >
        {SAMPLING_METHODS.map((method) => (
          <option key={method} value={method}>
            {t(`surveys.sampling.${method}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t('surveys.create.lawfulBasis')}
        hint={values.lawfulBasis ? t(`surveys.lawfulBasis.${values.lawfulBasis}.hint`) : t('surveys.create.lawfulBasisHint')}
        name="lawfulBasis"
        required
        value={values.lawfulBasis}
        onChange={(e) => draft.set('lawfulBasis', e.target.value as SurveyLawfulBasis | '')}
        error={errors.field('lawfulBasis')}
      >
        <option value="">{t('surveys.create.lawfulBasisChoose')}</option>
        {LAWFUL_BASES.map((basis) => (
          <option key={basis} value={basis}>
            {t(`surveys.lawfulBasis.${basis}`)}
          </option>
        ))}
      </SelectField>
      <label className="choice">
        <input
          type="checkbox"
          name="askDrivers"
          checked={values.askDrivers ?? false}
          onChange={(e) => draft.set('askDrivers', e.target.checked)}
          aria-describedby={askDriversHintId}
        />
        {t('surveys.create.askDrivers')}
      </label>
      <p id={askDriversHintId} className="field__hint">
        {t('surveys.create.askDriversHint')}
      </p>
      <div className="actions">
        <Button type="submit" variant="primary" busy={loading}>
          {t('surveys.create.submit')}
        </Button>
      </div>
    </form>
  );
}
