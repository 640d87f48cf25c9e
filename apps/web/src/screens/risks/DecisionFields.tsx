import type { ReactNode } from 'react';
import { Field, SelectField, TextAreaField } from '../../components/Field';
import type { Decider } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { DECIDERS } from './terms';

/** What every decision records, whether it settles a disagreement or answers what people said. */
export interface DecisionFieldValues {
  decision: string;
  reason: string;
  decidedBy: Decider;
  decidedOn: string;
  sanction: boolean;
}

/** The fields a decision's form must have filled before it is sent, with their messages. */
export const DECISION_REQUIRED = {
  decision: 'risks.decision.text.required',
  reason: 'risks.decision.reason.required',
  decidedOn: 'risks.decision.decidedOn.required',
} as const;

/** The fields as the API's decision inputs take them, texts trimmed. */
export function decisionInput(values: DecisionFieldValues): DecisionFieldValues {
  return {
    decision: values.decision.trim(),
    reason: values.reason.trim(),
    decidedBy: values.decidedBy,
    decidedOn: values.decidedOn,
    sanction: values.sanction,
  };
}

/**
 * A decision's fields: what was decided, why, who decided, on which day, and whether it penalises
 * participants. `children` sit between the day and the sanction box (e.g. what came of it).
 */
export function DecisionFields({
  values,
  change,
  error,
  autoFocus,
  children,
}: {
  values: DecisionFieldValues;
  /** Called with the field that changed and its new value. */
  change: (changes: Partial<DecisionFieldValues>) => void;
  /** The message for a field (useFormErrors().field). */
  error: (name: keyof DecisionFieldValues) => string | undefined;
  /** The form opens on the decision's text (when nothing comes before it). */
  autoFocus?: boolean;
  children?: ReactNode;
}) {
  return (
    <>
      <TextAreaField
        label={t('risks.decision.text')}
        name="decision"
        autoFocus={autoFocus}
        required
        rows={2}
        value={values.decision}
        onChange={(e) => change({ decision: e.target.value })}
        error={error('decision')}
      />
      <TextAreaField
        label={t('risks.decision.reason')}
        name="reason"
        required
        rows={2}
        value={values.reason}
        onChange={(e) => change({ reason: e.target.value })}
        error={error('reason')}
      />
      <SelectField
        label={t('risks.decision.decidedBy')}
        name="decidedBy"
        value={values.decidedBy}
        onChange={(e) => change({ decidedBy: e.target.value as Decider })}
        error={error('decidedBy')}
      >
        {DECIDERS.map((decider) => (
          <option key={decider} value={decider}>
            {t(`risks.decider.${decider}`)}
          </option>
        ))}
      </SelectField>
      <Field
        label={t('risks.decision.decidedOn')}
        name="decidedOn"
        type="date"
        required
        value={values.decidedOn}
        onChange={(e) => change({ decidedOn: e.target.value })}
        error={error('decidedOn')}
      />
      {children}
      <label className="checkbox">
        <input type="checkbox" checked={values.sanction} onChange={(e) => change({ sanction: e.target.checked })} />{' '}
        {t('risks.decision.sanction')}
      </label>
    </>
  );
}
