import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { Button } from '../../components/Button';
import { Field, SelectField, TextAreaField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { useAnnounce } from '../../components/LiveRegion';
import { requireFields } from '../../forms/requireFields';
import { useDraft } from '../../forms/useDraft';
import { useFormErrors } from '../../forms/useFormErrors';
import type { IncentiveKind } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import type { MarketPilot } from './MarketScreen';
import { ADD_INCENTIVE, REMOVE_INCENTIVE } from './operations';

export const INCENTIVE_KINDS: readonly IncentiveKind[] = ['INTRINSIC', 'SOCIAL', 'NORMATIVE', 'MATERIAL', 'SANCTION'];

interface Props {
  pilot: MarketPilot;
  mayPlan: boolean;
  onChanged: () => Promise<void>;
}

/**
 * The plan's incentives. The evidence (Alford 2009) favours the non-material kinds; a SANCTION may
 * be recorded, and then carries the API's warning wherever it is shown.
 */
export function IncentivesSection({ pilot, mayPlan, onChanged }: Props) {
  const headingId = useId();
  const plan = pilot.engagementPlan;
  const incentives = plan?.incentives ?? [];
  const announce = useAnnounce();
  const errors = useFormErrors();
  const [remove] = useMutation(REMOVE_INCENTIVE);
  const [removing, setRemoving] = useState<string | null>(null);

  return (
    <section id="market-incentives" className="card market__section" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>{t('marketIt.incentives.title')}</h2>
      <p className="muted">{t('marketIt.incentives.why')}</p>
      <FormSummary message={errors.summary} />
      {incentives.length === 0 ? (
        <p className="state state--empty">{t('marketIt.incentives.empty')}</p>
      ) : (
        <ul className="market__list" aria-label={t('marketIt.incentives.listLabel', { pilot: pilot.name })}>
          {incentives.map((incentive) => (
            <li key={incentive.id} className="market__item" aria-label={`${t(`marketIt.kind.${incentive.kind}`)}: ${incentive.description}`}>
              <p>
                <span className={incentive.kind === 'SANCTION' ? 'tag market__tag--warning' : 'tag'}>{t(`marketIt.kind.${incentive.kind}`)}</span> {incentive.description}
              </p>
              <p className="muted">{incentive.audience ? t('marketIt.incentives.for', { audience: incentive.audience }) : t('marketIt.incentives.forEveryone')}</p>
              {incentive.warning && (
                <div className="market__warning" role="note" aria-label={t('marketIt.incentives.warningLabel')}>
                  <p>
                    <strong>{t('marketIt.incentives.warningLead')}</strong> {incentive.warning}
                  </p>
                </div>
              )}
              {mayPlan && plan && (
                <Button
                  variant="link"
                  busy={removing === incentive.id}
                  aria-label={t('marketIt.incentives.removeNamed', { description: incentive.description })}
                  onClick={async () => {
                    errors.clear();
                    setRemoving(incentive.id);
                    try {
                      await remove({ variables: { input: { incentiveId: incentive.id, planVersion: plan.version } } });
                      await onChanged();
                      document.getElementById(headingId)?.focus();
                      announce(t('marketIt.incentives.removed'));
                    } catch (error) {
                      errors.fromError(error);
                    } finally {
                      setRemoving(null);
                    }
                  }}
                >
                  {t('marketIt.remove')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {mayPlan && <IncentiveForm pilotId={pilot.id} onAdded={onChanged} />}
    </section>
  );
}

export function IncentiveForm({ pilotId, onAdded }: { pilotId: string; onAdded: () => Promise<void> }) {
  const draft = useDraft(`incentive-${pilotId}`, { kind: 'INTRINSIC' as IncentiveKind, description: '', audience: '' });
  const values = draft.values;
  const errors = useFormErrors(values);
  const announce = useAnnounce();
  const [add, { loading }] = useMutation(ADD_INCENTIVE);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!requireFields(errors, values, { description: 'marketIt.incentives.description.required' })) return;
    try {
      const { data } = await add({ variables: { input: { pilotId, kind: values.kind, description: values.description.trim(), audience: values.audience.trim() || undefined } } });
      draft.clear();
      await onAdded();
      const warnings = data?.addIncentive.warnings ?? [];
      announce([t('marketIt.incentives.added'), ...warnings].join(' '));
    } catch (error) {
      errors.fromError(error);
    }
  };

  return (
    <form className="stack market__form" onSubmit={submit} noValidate aria-label={t('marketIt.incentives.formLabel')}>
      <h3>{t('marketIt.incentives.add')}</h3>
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <SelectField
        label={t('marketIt.incentives.kind')}
        hint={t(`marketIt.kind.${values.kind}.hint`)}
        name="kind"
        value={values.kind}
        onChange={(e) => draft.set('kind', e.target.value as IncentiveKind)}
        error={errors.field('kind')}
      >
        {INCENTIVE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`marketIt.kind.${kind}`)}
          </option>
        ))}
      </SelectField>
      {values.kind === 'SANCTION' && (
        <div className="market__warning" role="note" aria-label={t('marketIt.incentives.warningLabel')}>
          <p>{t('marketIt.incentives.sanctionBefore')}</p>
        </div>
      )}
      <TextAreaField
        label={t('marketIt.incentives.description')}
        hint={t('marketIt.incentives.description.hint')}
        name="description"
        rows={3}
        maxLength={2000}
        value={values.description}
        onChange={(e) => draft.set('description', e.target.value)}
        error={errors.field('description')}
      />
      <Field
        label={t('marketIt.incentives.audience')}
        hint={t('marketIt.incentives.audience.hint')}
        name="audience"
        maxLength={200}
        value={values.audience}
        onChange={(e) => draft.set('audience', e.target.value)}
        error={errors.field('audience')}
      />
      <div className="actions">
        <Button type="submit" variant="primary" busy={loading}>
          {t('marketIt.incentives.submit')}
        </Button>
      </div>
    </form>
  );
}
