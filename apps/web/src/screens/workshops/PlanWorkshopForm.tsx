import { useMutation, useQuery } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { STEPS } from '../../../../../libs/workflow/src/steps';
import { useMe } from '../../app/frames';
import { Button } from '../../components/Button';
import { SelectField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { useAnnounce } from '../../components/LiveRegion';
import type { MemberOption } from '../../components/MemberSelectField';
import { useDraft } from '../../forms/useDraft';
import { useFormErrors } from '../../forms/useFormErrors';
import type { PlanWorkshopInput, Step } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { INVITABLE_PARTICIPANTS, MY_WORKSHOP_TEMPLATES, PLAN_WORKSHOP } from './operations';
import { checkTimes, type DetailValues, WorkshopDetailFields } from './WorkshopDetailFields';

interface PlanValues extends DetailValues {
  startFrom: 'suggested' | 'template';
  templateId: string;
  step: string;
}

interface Props {
  programmeId: string;
  currentStep: Step;
  members: readonly MemberOption[];
  timeZone: string;
  onPlanned: (workshop: { id: string; title: string }) => void;
}

/** "Plan a workshop": the step, times, place or link, facilitator, attendees, and the agenda to start from. */
export function PlanWorkshopForm({ programmeId, currentStep, members, timeZone, onPlanned }: Props) {
  const me = useMe();
  const announce = useAnnounce();
  const draft = useDraft<PlanValues>('plan-workshop', {
    startFrom: 'suggested',
    templateId: '',
    step: currentStep,
    title: '',
    startsAt: '',
    endsAt: '',
    place: '',
    onlineUrl: '',
    facilitatorUserId: members.some((m) => m.id === me.id) ? me.id : '',
    attendeeUserIds: [],
    attendeeParticipantIds: [],
  });
  const values = draft.values;
  const errors = useFormErrors(values);
  const templates = useQuery(MY_WORKSHOP_TEMPLATES);
  const participants = useQuery(INVITABLE_PARTICIPANTS);
  const [plan, { loading }] = useMutation(PLAN_WORKSHOP);
  const myTemplates = templates.data?.myWorkshopTemplates.edges.map((e) => e.node) ?? [];

  const chooseTemplate = (id: string) => {
    draft.set('templateId', id);
    const template = myTemplates.find((x) => x.id === id);
    if (template) draft.set('step', template.step);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { startsAt, endsAt, problems } = checkTimes(values, timeZone);
    if (!values.facilitatorUserId) problems.facilitatorUserId = t('workshops.field.facilitatorUserId.required');
    if (values.startFrom === 'template' && !values.templateId) problems.templateId = t('workshops.field.templateId.required');
    if (Object.keys(problems).length > 0 || !startsAt || !endsAt) {
      errors.setLocal(problems, t('forms.fixBelow'));
      return;
    }
    errors.clear();
    const input: PlanWorkshopInput = {
      programmeId,
      step: values.step as Step,
      startsAt,
      endsAt,
      facilitatorUserId: values.facilitatorUserId,
      attendeeUserIds: values.attendeeUserIds,
      attendeeParticipantIds: values.attendeeParticipantIds,
    };
    if (values.startFrom === 'template') input.templateId = values.templateId;
    if (values.title.trim()) input.title = values.title.trim();
    if (values.place.trim()) input.place = values.place.trim();
    if (values.onlineUrl.trim()) input.onlineUrl = values.onlineUrl.trim();
    try {
      const { data } = await plan({ variables: { input } });
      if (!data) return;
      draft.clear();
      announce(t('workshops.plan.done', { title: data.planWorkshop.title }));
      onPlanned(data.planWorkshop);
    } catch (error) {
      errors.fromError(error);
    }
  };

  const participantOptions = participants.data
    ? participants.data.participants.edges.map((e) => ({ id: e.node.id, name: e.node.displayName ?? t('workshops.field.unnamed') }))
    : null;

  return (
    <form aria-labelledby="plan-workshop-title" className="stack" noValidate onSubmit={(e) => void submit(e)}>
      <h2 id="plan-workshop-title">{t('workshops.plan.title')}</h2>
      {draft.restored && <p className="notice">{t('workshops.plan.restored')}</p>}
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <fieldset className="workshops__choices">
        <legend>{t('workshops.field.startFrom')}</legend>
        <label className="workshops__choice">
          <input
            type="radio"
            name="startFrom"
            value="suggested"
            checked={values.startFrom === 'suggested'}
            onChange={() => draft.set('startFrom', 'suggested')}
          />{' '}
          {t('workshops.field.startFrom.suggested')}
        </label>
        <label className="workshops__choice">
          <input
            type="radio"
            name="startFrom"
            value="template"
            checked={values.startFrom === 'template'}
            onChange={() => draft.set('startFrom', 'template')}
          />{' '}
          {t('workshops.field.startFrom.template')}
        </label>
      </fieldset>
      {values.startFrom === 'template' &&
        (myTemplates.length === 0 && templates.data ? (
          <p className="muted">{t('workshops.field.templateId.none')}</p>
        ) : (
          <SelectField
            name="templateId"
            label={t('workshops.field.templateId')}
            value={values.templateId}
            onChange={(e) => chooseTemplate(e.target.value)}
            error={errors.field('templateId')}
          >
            <option value="">{t('workshops.field.templateId.choose')}</option>
            {myTemplates.map((x) => (
              <option key={x.id} value={x.id}>
                {t('workshops.field.templateId.option', { title: x.title, step: t(`steps.${x.step}`), count: x.sections.length })}
              </option>
            ))}
          </SelectField>
        ))}
      <SelectField
        name="step"
        label={t('workshops.field.step')}
        value={values.step}
        onChange={(e) => draft.set('step', e.target.value)}
        error={errors.field('step')}
      >
        {STEPS.map((s) => (
          <option key={s} value={s}>
            {s === currentStep ? t('workshops.field.step.current', { step: t(`steps.${s}`) }) : t(`steps.${s}`)}
          </option>
        ))}
      </SelectField>
      <WorkshopDetailFields
        idPrefix="plan"
        values={values}
        set={(field, value) => draft.set(field, value as PlanValues[typeof field])}
        errors={errors}
        members={members}
        participants={participantOptions}
        timeZone={timeZone}
        titleLabel={t('workshops.field.title')}
        titleHint={t('workshops.field.title.hint')}
      />
      <div className="actions">
        <Button type="submit" variant="primary" busy={loading}>
          {t('workshops.plan.submit')}
        </Button>
      </div>
    </form>
  );
}
