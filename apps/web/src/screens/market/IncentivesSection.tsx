import { useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../components/Button';
import { Field, SelectField, TextAreaField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { useAnnounce } from '../../components/LiveRegion';
import { requireFields } from '../../forms/requireFields';
import { useDraft } from '../../forms/useDraft';
import { type FormErrors, useFormErrors } from '../../forms/useFormErrors';
import type { IncentiveKind } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import type { MarketPilot } from './MarketScreen';
import { ADD_INCENTIVE, REMOVE_INCENTIVE, UPDATE_INCENTIVE } from './operations';
import { usePlanChange } from './usePlanChange';

export const INCENTIVE_KINDS: readonly IncentiveKind[] = ['INTRINSIC', 'SOCIAL', 'NORMATIVE', 'MATERIAL', 'SANCTION'];

type Incentive = NonNullable<MarketPilot['engagementPlan']>['incentives'][number];
type IncentiveValues = { kind: IncentiveKind; description: string; audience: string };

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
  const [remove] = useMutation(REMOVE_INCENTIVE);
  const { errors, working, run } = usePlanChange(headingId, onChanged);
  const [editing, setEditing] = useState<string | null>(null);
  const changeId = (id: string) => `${headingId}-change-${id}`;
  // The form goes once saved or cancelled: its incentive's Change button takes the focus back.
  const closeEditor = (id: string) => {
    setEditing(null);
    requestAnimationFrame(() => document.getElementById(changeId(id))?.focus());
  };

  return (
    <section id="market-incentives" className="card market__section" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('marketIt.incentives.title')}
      </h2>
      <p className="muted">{t('marketIt.incentives.why')}</p>
      <FormSummary message={errors.summary} />
      {incentives.length === 0 ? (
        <p className="state state--empty">{t('marketIt.incentives.empty')}</p>
      ) : (
        <ul className="market__list" aria-label={t('marketIt.incentives.listLabel', { pilot: pilot.name })}>
          {incentives.map((incentive) => (
            <li
              key={incentive.id}
              className="market__item"
              aria-label={`${t(`marketIt.kind.${incentive.kind}`)}: ${incentive.description}`}
            >
              {editing === incentive.id && plan ? (
                <IncentiveEditor
                  incentive={incentive}
                  planVersion={plan.version}
                  onSaved={async () => {
                    await onChanged();
                    closeEditor(incentive.id);
                  }}
                  onCancel={() => closeEditor(incentive.id)}
                />
              ) : (
                <>
                  <p>
                    <span className={incentive.kind === 'SANCTION' ? 'tag market__tag--warning' : 'tag'}>
                      {t(`marketIt.kind.${incentive.kind}`)}
                    </span>{' '}
                    {incentive.description}
                  </p>
                  <p className="muted">
                    {incentive.audience
                      ? t('marketIt.incentives.for', { audience: incentive.audience })
                      : t('marketIt.incentives.forEveryone')}
                  </p>
                  {incentive.warning && (
                    <div className="market__warning" role="note" aria-label={t('marketIt.incentives.warningLabel')}>
                      <p>
                        <strong>{t('marketIt.incentives.warningLead')}</strong> {incentive.warning}
                      </p>
                    </div>
                  )}
                  {mayPlan && plan && (
                    <div className="market__row-actions">
                      <Button
                        id={changeId(incentive.id)}
                        variant="link"
                        aria-label={t('marketIt.incentives.changeNamed', { description: incentive.description })}
                        onClick={() => {
                          errors.clear();
                          setEditing(incentive.id);
                        }}
                      >
                        {t('marketIt.change')}
                      </Button>
                      <Button
                        variant="link"
                        busy={working === incentive.id}
                        aria-label={t('marketIt.incentives.removeNamed', { description: incentive.description })}
                        onClick={() =>
                          void run(
                            incentive.id,
                            () => remove({ variables: { input: { incentiveId: incentive.id, planVersion: plan.version } } }),
                            t('marketIt.incentives.removed'),
                          )
                        }
                      >
                        {t('marketIt.remove')}
                      </Button>
                    </div>
                  )}
                </>
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
      const { data } = await add({
        variables: {
          input: { pilotId, kind: values.kind, description: values.description.trim(), audience: values.audience.trim() || undefined },
        },
      });
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
      <IncentiveFields values={values} set={draft.set} errors={errors} />
      <div className="actions">
        <Button type="submit" variant="primary" busy={loading}>
          {t('marketIt.incentives.submit')}
        </Button>
      </div>
    </form>
  );
}

type SetValue = <K extends keyof IncentiveValues>(name: K, value: IncentiveValues[K]) => void;

/** An incentive's fields, for adding one and for changing one; choosing a penalty warns first. */
function IncentiveFields({
  values,
  set,
  errors,
  focusFirst = false,
}: {
  values: IncentiveValues;
  set: SetValue;
  errors: FormErrors;
  focusFirst?: boolean;
}) {
  const first = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusFirst) first.current?.querySelector('select')?.focus();
  }, [focusFirst]);
  return (
    <>
      <div ref={first}>
        <SelectField
          label={t('marketIt.incentives.kind')}
          hint={t(`marketIt.kind.${values.kind}.hint`)}
          name="kind"
          value={values.kind}
          onChange={(e) => set('kind', e.target.value as IncentiveKind)}
          error={errors.field('kind')}
        >
          {INCENTIVE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`marketIt.kind.${kind}`)}
            </option>
          ))}
        </SelectField>
      </div>
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
        onChange={(e) => set('description', e.target.value)}
        error={errors.field('description')}
      />
      <Field
        label={t('marketIt.incentives.audience')}
        hint={t('marketIt.incentives.audience.hint')}
        name="audience"
        maxLength={200}
        value={values.audience}
        onChange={(e) => set('audience', e.target.value)}
        error={errors.field('audience')}
      />
    </>
  );
}

/**
 * Changes one incentive in place, sending only what changed with the plan's version (a stale one
 * is a CONFLICT, said in plain words). A change to a penalty is announced with the API's warning,
 * which the list then shows beside it.
 */
function IncentiveEditor({
  incentive,
  planVersion,
  onSaved,
  onCancel,
}: {
  incentive: Incentive;
  planVersion: number;
  onSaved: () => Promise<void>;
  onCancel: () => void;
}) {
  const [values, setValues] = useState<IncentiveValues>({
    kind: incentive.kind,
    description: incentive.description,
    audience: incentive.audience,
  });
  const set: SetValue = (name, value) => setValues((v) => ({ ...v, [name]: value }));
  const errors = useFormErrors(values);
  const announce = useAnnounce();
  const [update, { loading }] = useMutation(UPDATE_INCENTIVE);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!requireFields(errors, values, { description: 'marketIt.incentives.description.required' })) return;
    const description = values.description.trim();
    const audience = values.audience.trim();
    const changes = {
      ...(values.kind !== incentive.kind ? { kind: values.kind } : {}),
      ...(description !== incentive.description ? { description } : {}),
      ...(audience !== incentive.audience ? { audience } : {}),
    };
    if (Object.keys(changes).length === 0) {
      announce(t('marketIt.incentives.unchanged'));
      onCancel();
      return;
    }
    try {
      const { data } = await update({ variables: { input: { incentiveId: incentive.id, planVersion, ...changes } } });
      await onSaved();
      announce([t('marketIt.incentives.saved'), ...(data?.updateIncentive.warnings ?? [])].join(' '));
    } catch (error) {
      errors.fromError(error);
    }
  };

  return (
    <form
      className="stack market__form"
      onSubmit={submit}
      noValidate
      aria-label={t('marketIt.incentives.changeLabel', { description: incentive.description })}
    >
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <IncentiveFields values={values} set={set} errors={errors} focusFirst />
      <div className="actions">
        <Button type="submit" variant="primary" busy={loading}>
          {t('marketIt.incentives.save')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
