import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { Button } from '../../components/Button';
import { SelectField, TextAreaField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { ErrorState, LoadingState } from '../../components/States';
import { type RequiredMessage, requireFields } from '../../forms/requireFields';
import { useFormErrors } from '../../forms/useFormErrors';
import type { Decider, DecisionSource, DecisionSourcesQuery } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { DECISION_SOURCES, RECORD_DECISION } from './operations';
import { DECISION_REQUIRED, DecisionFields, decisionInput } from './DecisionFields';

/** What a decision recorded here may answer; a disagreement's decision is its arbitration. */
export const ANSWERABLE = ['WORKSHOP_OUTPUT', 'SURVEY', 'INITIATIVE'] as const satisfies readonly DecisionSource[];
type Answerable = (typeof ANSWERABLE)[number];

interface Choice {
  id: string;
  label: string;
  /** A workshop output's workshop, shown as the group it sits in. */
  group?: string;
}

/**
 * The choices of each kind: the programme's workshop outputs (by workshop), the organisation's
 * surveys, and its initiatives but those another programme took up (the server refuses them).
 */
export function decisionChoices(data: DecisionSourcesQuery, programmeId: string): Record<Answerable, Choice[]> {
  return {
    WORKSHOP_OUTPUT: data.programme.workshops.edges.flatMap(({ node }) =>
      node.outputs.map((output) => ({ id: output.id, label: output.text, group: node.title })),
    ),
    SURVEY: data.surveys.edges.map(({ node }) => ({ id: node.id, label: node.title })),
    INITIATIVE: data.initiatives.edges
      .filter(({ node }) => node.programmeId === null || node.programmeId === programmeId)
      .map(({ node }) => ({ id: node.id, label: node.name })),
  };
}

/**
 * Records a decision taken on what people said or did: the source is chosen from the lists the
 * screen loads (first its kind, then which one), then the decision with its reason, who took it,
 * when and, if known, what came of it. The decision joins the list above, unpublished.
 */
export function DecisionForm({
  programmeId,
  onDone,
  onCancel,
}: {
  programmeId: string;
  onDone: () => Promise<void>;
  onCancel: () => void;
}) {
  const sources = useQuery(DECISION_SOURCES, { variables: { programmeId }, fetchPolicy: 'network-only' });
  const [values, setValues] = useState({
    sourceKind: '' as Answerable | '',
    sourceId: '',
    decision: '',
    reason: '',
    decidedBy: 'PROGRAMME_BOARD' as Decider,
    decidedOn: '',
    result: '',
    sanction: false,
  });
  const errors = useFormErrors(values);
  const headingId = useId();
  const [record, { loading }] = useMutation(RECORD_DECISION);
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => setValues((v) => ({ ...v, [key]: value }));

  if (!sources.data) return sources.error ? <ErrorState error={sources.error} onRetry={() => void sources.refetch()} /> : <LoadingState />;
  const choices = decisionChoices(sources.data, programmeId);
  const offered = values.sourceKind ? choices[values.sourceKind] : [];
  const groups = [...new Set(offered.map((c) => c.group ?? ''))];

  async function submit(event: FormEvent) {
    event.preventDefault();
    const required: Partial<Record<keyof typeof values, RequiredMessage>> = {
      sourceKind: 'risks.record.sourceKind.required',
      sourceId: 'risks.record.sourceId.required',
      ...DECISION_REQUIRED,
    };
    if (!requireFields(errors, values, required)) return;
    try {
      await record({
        variables: {
          input: {
            programmeId,
            sourceKind: values.sourceKind as Answerable,
            sourceId: values.sourceId,
            ...decisionInput(values),
            ...(values.result.trim() ? { result: values.result.trim() } : {}),
          },
        },
      });
      await onDone();
    } catch (error) {
      errors.fromError(error);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="stack risks__form" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('risks.record.title')}</h3>
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <SelectField
        label={t('risks.record.sourceKind')}
        name="sourceKind"
        autoFocus
        value={values.sourceKind}
        onChange={(e) => setValues((v) => ({ ...v, sourceKind: e.target.value as Answerable | '', sourceId: '' }))}
        error={errors.field('sourceKind')}
      >
        <option value="">{t('risks.record.choose')}</option>
        {ANSWERABLE.map((kind) => (
          <option key={kind} value={kind}>
            {t(`risks.record.kind.${kind}`)}
          </option>
        ))}
      </SelectField>
      {values.sourceKind &&
        (offered.length === 0 ? (
          <p className="notice" role="note">
            {t(`risks.record.none.${values.sourceKind}`)}
          </p>
        ) : (
          <SelectField
            label={t(`risks.record.which.${values.sourceKind}`)}
            name="sourceId"
            value={values.sourceId}
            onChange={(e) => set('sourceId', e.target.value)}
            error={errors.field('sourceId')}
          >
            <option value="">{t('risks.record.choose')}</option>
            {groups.map((group) =>
              group ? (
                <optgroup key={group} label={group}>
                  {offered
                    .filter((c) => c.group === group)
                    .map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.label}
                      </option>
                    ))}
                </optgroup>
              ) : (
                offered.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))
              ),
            )}
          </SelectField>
        ))}
      <DecisionFields values={values} change={(changes) => setValues((v) => ({ ...v, ...changes }))} error={errors.field}>
        <TextAreaField
          label={t('risks.record.result')}
          hint={t('risks.record.resultHint')}
          name="result"
          rows={2}
          value={values.result}
          onChange={(e) => set('result', e.target.value)}
          error={errors.field('result')}
        />
      </DecisionFields>
      <div className="actions">
        <Button type="submit" variant="primary" busy={loading}>
          {t('risks.record.submit')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
