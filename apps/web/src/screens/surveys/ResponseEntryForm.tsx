import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Button } from '../../components/Button';
import { FormSummary } from '../../components/FormSummary';
import { useAnnounce } from '../../components/LiveRegion';
import { useFormErrors } from '../../forms/useFormErrors';
import type { SurveyQuery } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { RECORD_SURVEY_RESPONSE, SURVEY } from './operations';
import { FREQUENCIES, type SurveyFrequency } from './survey-terms';

type Survey = SurveyQuery['survey'];

/**
 * One response typed in by staff (a paper form, a doorstep interview): each question a group of
 * radio buttons, "not answered" the default, so a skipped question stays skipped. The form empties
 * after saving and says so, and the results are read again.
 */
export function ResponseEntryForm({ survey }: { survey: Survey }) {
  const [answers, setAnswers] = useState<Record<string, SurveyFrequency | ''>>({});
  const errors = useFormErrors({ answers });
  const announce = useAnnounce();
  const headingId = 'survey-entry';
  const [record, { loading }] = useMutation(RECORD_SURVEY_RESPONSE, {
    refetchQueries: [{ query: SURVEY, variables: { id: survey.id } }],
    awaitRefetchQueries: true,
  });
  const answered = Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== ''));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (Object.keys(answered).length === 0) {
      errors.setLocal({}, t('surveys.entry.none'));
      return;
    }
    try {
      await record({ variables: { input: { surveyId: survey.id, answers: answered } } });
      setAnswers({});
      errors.clear();
      announce(t('surveys.entry.saved', { count: Object.keys(answered).length }));
    } catch (error) {
      errors.fromError(error);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('surveys.entry.heading')}</h2>
      <p className="hint">{t('surveys.entry.intro')}</p>
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      {survey.areas.map((area) => (
        <fieldset key={area} className="survey-area">
          <legend>{t(`surveys.area.${area}`)}</legend>
          {survey.questions
            .filter((q) => q.area === area)
            .map((question) => {
              const error = errors.field(`answers.${question.key}`);
              return (
                <fieldset key={question.key} className={error ? 'question field--invalid' : 'question'}>
                  <legend>{question.text}</legend>
                  <div className="question__options">
                    {[...FREQUENCIES, ''].map((value) => (
                      <label key={value || 'none'} className="choice">
                        <input
                          type="radio"
                          name={`entry-${question.key}`}
                          value={value}
                          checked={(answers[question.key] ?? '') === value}
                          onChange={() => setAnswers((now) => ({ ...now, [question.key]: value as SurveyFrequency | '' }))}
                        />
                        {value ? t(`surveys.frequency.${value as SurveyFrequency}`) : t('surveys.entry.notAnswered')}
                      </label>
                    ))}
                  </div>
                  {error && <p className="field__error">{error}</p>}
                </fieldset>
              );
            })}
        </fieldset>
      ))}
      <div className="actions">
        <Button type="submit" variant="primary" busy={loading}>
          {t('surveys.entry.submit')}
        </Button>
        <span className="muted">
          {t('surveys.entry.answeredSoFar', { count: Object.keys(answered).length, total: survey.questions.length })}
        </span>
      </div>
    </form>
  );
}
