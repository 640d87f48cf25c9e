import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useState } from 'react';
import { Button } from '../../components/Button';
import { Field, SelectField, TextAreaField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { useAnnounce } from '../../components/LiveRegion';
import { useDraft } from '../../forms/useDraft';
import { useFormErrors } from '../../forms/useFormErrors';
import type { GrowScalingPlanFragment, ScalingMechanism, TrainingAudience } from '../../gql/graphql';
import { createFormatter } from '../../format/format';
import { t } from '../../i18n/i18n';
import type { GrowPilot, GrowServiceArea } from './GrowScreen';
import { ADD_TRAINING, CREATE_SCALING_PLAN, REMOVE_TRAINING, UPDATE_SCALING_PLAN, UPDATE_TRAINING } from './operations';

export const MECHANISMS: readonly ScalingMechanism[] = ['REPLICATE', 'EMBED_IN_COMMISSIONING', 'WIDEN_ELIGIBILITY', 'OTHER'];
const AUDIENCES: readonly TrainingAudience[] = ['STAFF', 'CITIZENS'];
const AMOUNT = /^\d+(\.\d+)?$/;

/** An exact amount as people read it, in its own currency. */
function moneyWords(m: { amount: string; currency: string } | null | undefined): string {
  return m ? createFormatter('UTC', m.currency).money(Number(m.amount), m.currency) : t('growIt.cost.unknown');
}

interface Props {
  pilot: GrowPilot;
  serviceAreas: readonly GrowServiceArea[];
  mayPlan: boolean;
  onChanged: () => Promise<void>;
}

/** One pilot decided SCALE: its scaling plan (written here if it has none) and the plan's training. */
export function ScalingPlanCard({ pilot, serviceAreas, mayPlan, onChanged }: Props) {
  const headingId = useId();
  const plan = pilot.scalingPlan;
  const [editing, setEditing] = useState(false);
  return (
    <section className="card grow__section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('growIt.plan.title', { pilot: pilot.name })}</h3>
      {!plan ? (
        mayPlan ? (
          <>
            <p>{t('growIt.plan.none')}</p>
            <PlanForm pilotId={pilot.id} serviceAreas={serviceAreas} onSaved={onChanged} />
          </>
        ) : (
          <p className="state state--empty">{t('growIt.plan.noneReadOnly')}</p>
        )
      ) : editing ? (
        <PlanForm
          pilotId={pilot.id}
          plan={plan}
          serviceAreas={serviceAreas}
          onSaved={async () => {
            setEditing(false);
            await onChanged();
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <PlanFacts plan={plan} />
          {mayPlan && (
            <Button variant="link" onClick={() => setEditing(true)} aria-label={t('growIt.plan.editNamed', { pilot: pilot.name })}>
              {t('growIt.plan.edit')}
            </Button>
          )}
          <Training pilotName={pilot.name} plan={plan} mayPlan={mayPlan} onChanged={onChanged} />
        </>
      )}
    </section>
  );
}

function PlanFacts({ plan }: { plan: GrowScalingPlanFragment }) {
  return (
    <dl className="facts">
      <dt>{t('growIt.plan.mechanism')}</dt>
      <dd>
        {t(`growIt.mechanism.${plan.mechanism}`)}
        {plan.mechanismNote && <span className="grow__note"> — {plan.mechanismNote}</span>}
      </dd>
      <dt>{t('growIt.plan.areas')}</dt>
      <dd>{plan.targetServiceAreas.length ? plan.targetServiceAreas.map((a) => a.name).join(', ') : t('growIt.plan.noAreas')}</dd>
      <dt>{t('growIt.plan.reach')}</dt>
      <dd>{plan.expectedReach == null ? t('growIt.plan.noReach') : t('growIt.plan.reachValue', { count: plan.expectedReach })}</dd>
      <dt>{t('growIt.plan.transparency')}</dt>
      <dd className="grow__text">{plan.transparencyMeasures || t('growIt.plan.noTransparency')}</dd>
      <dt>{t('growIt.cost.plan')}</dt>
      <dd>{moneyWords(plan.cost)}</dd>
      <dt>{t('growIt.cost.total')}</dt>
      <dd>
        <strong>{moneyWords(plan.scalingCost.total)}</strong>{' '}
        <span className={plan.scalingCost.known ? 'muted' : 'grow__warning'}>
          {plan.scalingCost.known ? t('growIt.cost.allKnown') : t('growIt.cost.someUnknown', { count: plan.scalingCost.itemsWithoutCost })}
        </span>
        <p className="muted">{t('growIt.cost.why')}</p>
      </dd>
    </dl>
  );
}

interface PlanValues {
  mechanism: ScalingMechanism;
  mechanismNote: string;
  targetServiceAreaIds: string[];
  expectedReach: string;
  transparencyMeasures: string;
  cost: string;
}

/** Writes a scaling plan, or changes one (with the version seen). */
export function PlanForm({
  pilotId,
  plan,
  serviceAreas,
  onSaved,
  onCancel,
}: {
  pilotId: string;
  plan?: GrowScalingPlanFragment;
  serviceAreas: readonly GrowServiceArea[];
  onSaved: () => Promise<void>;
  onCancel?: () => void;
}) {
  const draft = useDraft<PlanValues>(`scaling-${pilotId}`, {
    mechanism: plan?.mechanism ?? 'REPLICATE',
    mechanismNote: plan?.mechanismNote ?? '',
    targetServiceAreaIds: plan?.targetServiceAreas.map((a) => a.id) ?? [],
    expectedReach: plan?.expectedReach == null ? '' : String(plan.expectedReach),
    transparencyMeasures: plan?.transparencyMeasures ?? '',
    cost: plan?.cost?.amount ?? '',
  });
  const values = draft.values;
  const errors = useFormErrors(values);
  const announce = useAnnounce();
  const [create, { loading: creating }] = useMutation(CREATE_SCALING_PLAN);
  const [update, { loading: updating }] = useMutation(UPDATE_SCALING_PLAN);
  const areasId = useId();
  // Areas already chosen stay offered even if marked inactive since.
  const offered = serviceAreas.filter((a) => a.active || values.targetServiceAreaIds.includes(a.id));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (values.mechanism === 'OTHER' && !values.mechanismNote.trim()) problems.mechanismNote = t('growIt.plan.mechanismNote.required');
    const reach = values.expectedReach.trim();
    if (reach && !/^\d+$/.test(reach)) problems.expectedReach = t('growIt.plan.reach.whole');
    const cost = values.cost.trim();
    if (cost && !AMOUNT.test(cost)) problems.cost = t('growIt.cost.invalid');
    if (Object.keys(problems).length) {
      errors.setLocal(problems, t('forms.fixBelow'));
      return;
    }
    const common = {
      mechanism: values.mechanism,
      mechanismNote: values.mechanismNote.trim(),
      targetServiceAreaIds: values.targetServiceAreaIds,
      transparencyMeasures: values.transparencyMeasures.trim(),
    };
    try {
      if (plan) {
        await update({
          variables: {
            input: {
              scalingPlanId: plan.id,
              version: plan.version,
              ...common,
              ...(reach ? { expectedReach: Number(reach) } : { clearExpectedReach: true }),
              ...(cost ? { cost } : plan.cost ? { clearCost: true } : {}),
            },
          },
        });
      } else {
        await create({
          variables: { input: { pilotId, ...common, expectedReach: reach ? Number(reach) : undefined, cost: cost || undefined } },
        });
      }
      draft.clear();
      await onSaved();
      announce(plan ? t('growIt.plan.updated') : t('growIt.plan.created'));
    } catch (error) {
      errors.fromError(error);
    }
  };

  const toggleArea = (id: string, on: boolean) =>
    draft.set(
      'targetServiceAreaIds',
      on ? [...values.targetServiceAreaIds, id] : values.targetServiceAreaIds.filter((other) => other !== id),
    );

  return (
    <form
      className="stack grow__form"
      onSubmit={submit}
      noValidate
      aria-label={plan ? t('growIt.plan.editLabel') : t('growIt.plan.createLabel')}
    >
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <SelectField
        label={t('growIt.plan.mechanism')}
        hint={t(`growIt.mechanism.${values.mechanism}.hint`)}
        name="mechanism"
        value={values.mechanism}
        onChange={(e) => draft.set('mechanism', e.target.value as ScalingMechanism)}
        error={errors.field('mechanism')}
      >
        {MECHANISMS.map((m) => (
          <option key={m} value={m}>
            {t(`growIt.mechanism.${m}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label={values.mechanism === 'OTHER' ? t('growIt.plan.mechanismNote.other') : t('growIt.plan.mechanismNote')}
        name="mechanismNote"
        rows={2}
        maxLength={2000}
        value={values.mechanismNote}
        onChange={(e) => draft.set('mechanismNote', e.target.value)}
        error={errors.field('mechanismNote')}
      />
      <fieldset className="field grow__areas" aria-describedby={`${areasId}-hint`}>
        <legend className="field__label">{t('growIt.plan.areas')}</legend>
        <p id={`${areasId}-hint`} className="field__hint">
          {t('growIt.plan.areas.hint')}
        </p>
        {offered.length === 0 ? (
          <p className="muted">{t('growIt.plan.areas.none')}</p>
        ) : (
          offered.map((area) => (
            <label key={area.id} className="grow__choice">
              <input
                type="checkbox"
                checked={values.targetServiceAreaIds.includes(area.id)}
                onChange={(e) => toggleArea(area.id, e.target.checked)}
              />{' '}
              {area.name}
            </label>
          ))
        )}
        {errors.field('targetServiceAreaIds') && <p className="field__error">{errors.field('targetServiceAreaIds')}</p>}
      </fieldset>
      <Field
        label={t('growIt.plan.reach.label')}
        hint={t('growIt.plan.reach.hint')}
        name="expectedReach"
        inputMode="numeric"
        value={values.expectedReach}
        onChange={(e) => draft.set('expectedReach', e.target.value)}
        error={errors.field('expectedReach')}
      />
      <Field
        label={t('growIt.cost.label')}
        hint={t('growIt.cost.hint')}
        name="cost"
        inputMode="decimal"
        value={values.cost}
        onChange={(e) => draft.set('cost', e.target.value)}
        error={errors.field('cost')}
      />
      <TextAreaField
        label={t('growIt.plan.transparency')}
        hint={t('growIt.plan.transparency.hint')}
        name="transparencyMeasures"
        rows={3}
        maxLength={5000}
        value={values.transparencyMeasures}
        onChange={(e) => draft.set('transparencyMeasures', e.target.value)}
        error={errors.field('transparencyMeasures')}
      />
      <div className="actions">
        <Button type="submit" variant="primary" busy={creating || updating}>
          {plan ? t('growIt.plan.saveChanges') : t('growIt.plan.save')}
        </Button>
        {onCancel && (
          <Button
            onClick={() => {
              draft.clear();
              onCancel();
            }}
          >
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}

/** The plan's training: progress for staff and citizens, the list, and a form to add more. */
function Training({
  pilotName,
  plan,
  mayPlan,
  onChanged,
}: {
  pilotName: string;
  plan: GrowScalingPlanFragment;
  mayPlan: boolean;
  onChanged: () => Promise<void>;
}) {
  const announce = useAnnounce();
  const errors = useFormErrors();
  const [update] = useMutation(UPDATE_TRAINING);
  const [remove] = useMutation(REMOVE_TRAINING);
  const [working, setWorking] = useState<string | null>(null);
  const { progress } = plan;
  const missing = AUDIENCES.filter((a) => (a === 'STAFF' ? progress.staff.total : progress.citizens.total) === 0);

  const run = async (id: string, work: () => Promise<unknown>, said: string) => {
    errors.clear();
    setWorking(id);
    try {
      await work();
      await onChanged();
      announce(said);
    } catch (error) {
      errors.fromError(error);
    } finally {
      setWorking(null);
    }
  };

  return (
    <div className="grow__training">
      <h4>{t('growIt.training.title')}</h4>
      {missing.length > 0 ? (
        <p className="notice">
          {t(
            missing.length === 2
              ? 'growIt.training.missingBoth'
              : missing[0] === 'STAFF'
                ? 'growIt.training.missingStaff'
                : 'growIt.training.missingCitizens',
          )}
        </p>
      ) : (
        <p className="notice">{t('growIt.training.both')}</p>
      )}
      <div className="grow__bars">
        <ProgressLine label={t('growIt.audience.STAFF')} done={progress.staff.done} total={progress.staff.total} pilotName={pilotName} />
        <ProgressLine
          label={t('growIt.audience.CITIZENS')}
          done={progress.citizens.done}
          total={progress.citizens.total}
          pilotName={pilotName}
        />
      </div>
      <FormSummary message={errors.summary} />
      {plan.trainingActions.length === 0 ? (
        <p className="state state--empty">{t('growIt.training.empty')}</p>
      ) : (
        <table className="table table--compact">
          <caption className="visually-hidden">{t('growIt.training.caption', { pilot: pilotName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('growIt.training.topic')}</th>
              <th scope="col">{t('growIt.training.audience')}</th>
              <th scope="col" className="numeric">
                {t('growIt.training.sessions')}
              </th>
              <th scope="col" className="numeric">
                {t('growIt.training.cost')}
              </th>
              <th scope="col">{t('growIt.training.state')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.trainingActions.map((action) => (
              <tr key={action.id}>
                <th scope="row">{action.topic}</th>
                <td>{t(`growIt.audience.${action.audience}`)}</td>
                <td className="numeric">{action.sessions}</td>
                <td className="numeric">{moneyWords(action.cost)}</td>
                <td>
                  <p>{action.done ? t('growIt.training.done') : t('growIt.training.toDo')}</p>
                  {mayPlan && (
                    <div className="grow__row-actions">
                      <Button
                        variant="link"
                        busy={working === action.id}
                        aria-label={t(action.done ? 'growIt.training.markToDoNamed' : 'growIt.training.markDoneNamed', {
                          topic: action.topic,
                        })}
                        onClick={() =>
                          void run(
                            action.id,
                            () =>
                              update({
                                variables: { input: { trainingActionId: action.id, planVersion: plan.version, done: !action.done } },
                              }),
                            t(action.done ? 'growIt.training.markedToDo' : 'growIt.training.markedDone', { topic: action.topic }),
                          )
                        }
                      >
                        {action.done ? t('growIt.training.markToDo') : t('growIt.training.markDone')}
                      </Button>
                      <Button
                        variant="link"
                        disabled={working === action.id}
                        aria-label={t('growIt.training.removeNamed', { topic: action.topic })}
                        onClick={() =>
                          void run(
                            action.id,
                            () => remove({ variables: { input: { trainingActionId: action.id, planVersion: plan.version } } }),
                            t('growIt.training.removed'),
                          )
                        }
                      >
                        {t('growIt.training.remove')}
                      </Button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {mayPlan && <TrainingForm planId={plan.id} pilotName={pilotName} onAdded={onChanged} />}
    </div>
  );
}

/** Done out of planned for one audience, as a bar with its figures in words. */
export function ProgressLine({ label, done, total, pilotName }: { label: string; done: number; total: number; pilotName: string }) {
  const words = total === 0 ? t('growIt.progress.nonePlanned') : t('growIt.progress.doneOf', { done, total });
  return (
    <div className="grow__bar">
      <span className="grow__bar-label">{label}</span>
      <progress
        max={Math.max(total, 1)}
        value={done}
        aria-label={t('growIt.progress.label', { audience: label, pilot: pilotName })}
        aria-valuetext={words}
      />
      <span>{words}</span>
    </div>
  );
}

function TrainingForm({ planId, pilotName, onAdded }: { planId: string; pilotName: string; onAdded: () => Promise<void> }) {
  const draft = useDraft(`training-${planId}`, {
    topic: '',
    audience: 'STAFF' as TrainingAudience,
    sessions: '1',
    cost: '',
  });
  const values = draft.values;
  const errors = useFormErrors(values);
  const announce = useAnnounce();
  const [add, { loading }] = useMutation(ADD_TRAINING);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!values.topic.trim()) problems.topic = t('growIt.training.topic.required');
    if (!/^\d+$/.test(values.sessions.trim())) problems.sessions = t('growIt.training.sessions.whole');
    const cost = values.cost.trim();
    if (cost && !AMOUNT.test(cost)) problems.cost = t('growIt.cost.invalid');
    if (Object.keys(problems).length) {
      errors.setLocal(problems, t('forms.fixBelow'));
      return;
    }
    try {
      await add({
        variables: {
          input: {
            scalingPlanId: planId,
            topic: values.topic.trim(),
            audience: values.audience,
            sessions: Number(values.sessions.trim()),
            cost: cost || undefined,
          },
        },
      });
      draft.clear();
      await onAdded();
      announce(t('growIt.training.added'));
    } catch (error) {
      errors.fromError(error);
    }
  };

  return (
    <form className="stack grow__form" onSubmit={submit} noValidate aria-label={t('growIt.training.formLabel', { pilot: pilotName })}>
      <h5 className="grow__form-title">{t('growIt.training.add')}</h5>
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <Field
        label={t('growIt.training.topic')}
        hint={t('growIt.training.topic.hint')}
        name="topic"
        maxLength={200}
        value={values.topic}
        onChange={(e) => draft.set('topic', e.target.value)}
        error={errors.field('topic')}
      />
      <SelectField
        label={t('growIt.training.audience')}
        name="audience"
        value={values.audience}
        onChange={(e) => draft.set('audience', e.target.value as TrainingAudience)}
        error={errors.field('audience')}
      >
        {AUDIENCES.map((a) => (
          <option key={a} value={a}>
            {t(`growIt.audience.${a}`)}
          </option>
        ))}
      </SelectField>
      <Field
        label={t('growIt.training.sessions')}
        hint={t('growIt.training.sessions.hint')}
        name="sessions"
        inputMode="numeric"
        value={values.sessions}
        onChange={(e) => draft.set('sessions', e.target.value)}
        error={errors.field('sessions')}
      />
      <Field
        label={t('growIt.training.cost.label')}
        hint={t('growIt.training.cost.hint')}
        name="cost"
        inputMode="decimal"
        value={values.cost}
        onChange={(e) => draft.set('cost', e.target.value)}
        error={errors.field('cost')}
      />
      <div className="actions">
        <Button type="submit" variant="primary" busy={loading}>
          {t('growIt.training.submit')}
        </Button>
      </div>
    </form>
  );
}
