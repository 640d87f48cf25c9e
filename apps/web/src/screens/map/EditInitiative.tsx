import { useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { Action, can } from '../../app/permissions';
import type { Role } from '../../app/session';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field, SelectField, TextAreaField } from '../../components/Field';
import { FormSummary } from '../../components/FormSummary';
import { useAnnounce } from '../../components/LiveRegion';
import { requireFields } from '../../forms/requireFields';
import { useFormErrors } from '../../forms/useFormErrors';
import type { CoproductionForm, InitiativeStatus, MapInitiativeFragment, Motivation, Participation } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { FormsPicker } from './FormsPicker';
import type { ServiceAreaOption } from './InitiativesSection';
import { UPDATE_INITIATIVE } from './operations';

const PARTICIPATION: Participation[] = ['INDIVIDUAL', 'COLLECTIVE', 'BOTH'];
const MOTIVATION: Motivation[] = ['VOLUNTARY', 'COMPLIANCE'];
const STATUS: InitiativeStatus[] = ['PLANNED', 'ACTIVE', 'ENDED'];

interface Props {
  /** The initiative to edit; null while the dialog is closed (it stays mounted, so focus goes back to the Edit button). */
  initiative: MapInitiativeFragment | null;
  serviceAreas: readonly ServiceAreaOption[];
  role: Role;
  onClose: () => void;
  onSaved: () => void;
}

/** Edits one initiative in a dialog: every field, the forms with their sub-forms, and (for those who may) whether it is published. */
export function EditInitiative({ initiative, serviceAreas, role, onClose, onSaved }: Props) {
  const last = useRef(initiative);
  if (initiative) last.current = initiative;
  return (
    <Dialog open={initiative !== null} title={t('mapIt.edit.title', { name: last.current?.name ?? '' })} onClose={onClose}>
      {initiative && (
        <EditForm key={initiative.id} initiative={initiative} serviceAreas={serviceAreas} role={role} onClose={onClose} onSaved={onSaved} />
      )}
    </Dialog>
  );
}

function EditForm({ initiative, serviceAreas, role, onClose, onSaved }: Props & { initiative: MapInitiativeFragment }) {
  const [values, setValues] = useState({
    name: initiative.name,
    description: initiative.description,
    serviceAreaId: initiative.serviceAreaId,
    forms: initiative.forms as CoproductionForm[],
    publicBodyInput: initiative.publicBodyInput,
    peopleInvolved: initiative.peopleInvolved === null || initiative.peopleInvolved === undefined ? '' : String(initiative.peopleInvolved),
    participation: initiative.participation,
    motivation: initiative.motivation,
    status: initiative.status,
    contact: initiative.contact,
    published: initiative.published,
  });
  const errors = useFormErrors(values);
  const [update, { loading }] = useMutation(UPDATE_INITIATIVE);
  const announce = useAnnounce();
  const mayPublish = can(role, Action.DECIDE_AND_PUBLISH);
  const locked = initiative.published && !mayPublish;
  const set = (change: Partial<typeof values>) => setValues((v) => ({ ...v, ...change }));
  const selfOrganised = values.publicBodyInput.trim() === '';

  const save = async () => {
    if (!requireFields(errors, values, { name: 'mapIt.edit.name.required' })) return;
    const people = values.peopleInvolved.trim();
    if (people && !/^\d+$/.test(people))
      return errors.setLocal({ peopleInvolved: t('mapIt.edit.peopleInvolved.number') }, t('forms.fixBelow'));
    try {
      await update({
        variables: {
          input: {
            initiativeId: initiative.id,
            version: initiative.version,
            name: values.name.trim(),
            description: values.description,
            serviceAreaId: values.serviceAreaId,
            forms: values.forms,
            publicBodyInput: values.publicBodyInput.trim(),
            ...(people ? { peopleInvolved: Number(people) } : { clearPeopleInvolved: true }),
            participation: values.participation,
            motivation: values.motivation,
            status: values.status,
            contact: values.contact,
            ...(mayPublish ? { published: values.published } : {}),
          },
        },
      });
      announce(t('mapIt.edit.saved', { name: values.name.trim() }));
      onSaved();
      onClose();
    } catch (error) {
      errors.fromError(error);
    }
  };

  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {locked && <p className="notice">{t('mapIt.edit.locked')}</p>}
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <Field
        data-autofocus
        name="name"
        label={t('mapIt.initiative.name')}
        value={values.name}
        maxLength={200}
        error={errors.field('name')}
        onChange={(e) => set({ name: e.target.value })}
      />
      <TextAreaField
        name="description"
        label={t('mapIt.initiative.description')}
        rows={3}
        value={values.description}
        error={errors.field('description')}
        onChange={(e) => set({ description: e.target.value })}
      />
      <SelectField
        name="serviceAreaId"
        label={t('mapIt.initiative.serviceArea')}
        value={values.serviceAreaId}
        error={errors.field('serviceAreaId')}
        onChange={(e) => set({ serviceAreaId: e.target.value })}
      >
        {serviceAreas.map((a) => (
          <option key={a.id} value={a.id}>
            {a.active ? a.name : t('mapIt.serviceArea.inactive', { name: a.name })}
          </option>
        ))}
      </SelectField>
      <FormsPicker value={values.forms} onChange={(forms) => set({ forms })} error={errors.field('forms')} />
      <TextAreaField
        name="publicBodyInput"
        label={t('mapIt.initiative.publicBodyInput')}
        hint={t('mapIt.initiative.publicBodyInputHint')}
        rows={2}
        value={values.publicBodyInput}
        error={errors.field('publicBodyInput')}
        onChange={(e) => set({ publicBodyInput: e.target.value })}
      />
      <p className={selfOrganised ? 'notice map-kind map-kind--self' : 'map-kind muted'} role="status">
        {selfOrganised ? t('mapIt.edit.willBeSelf') : t('mapIt.edit.willBeCoproduction')}
      </p>
      <Field
        name="peopleInvolved"
        inputMode="numeric"
        label={t('mapIt.initiative.peopleInvolved')}
        hint={t('mapIt.initiative.peopleInvolvedHint')}
        value={values.peopleInvolved}
        error={errors.field('peopleInvolved')}
        onChange={(e) => set({ peopleInvolved: e.target.value })}
      />
      <SelectField
        name="participation"
        label={t('mapIt.initiative.participation')}
        value={values.participation}
        onChange={(e) => set({ participation: e.target.value as Participation })}
      >
        {PARTICIPATION.map((p) => (
          <option key={p} value={p}>
            {t(`mapIt.participation.${p}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        name="motivation"
        label={t('mapIt.initiative.motivation')}
        value={values.motivation}
        onChange={(e) => set({ motivation: e.target.value as Motivation })}
      >
        {MOTIVATION.map((m) => (
          <option key={m} value={m}>
            {t(`mapIt.motivation.${m}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        name="status"
        label={t('mapIt.initiative.status')}
        value={values.status}
        onChange={(e) => set({ status: e.target.value as InitiativeStatus })}
      >
        {STATUS.map((s) => (
          <option key={s} value={s}>
            {t(`mapIt.status.${s}`)}
          </option>
        ))}
      </SelectField>
      <Field
        name="contact"
        label={t('mapIt.initiative.contact')}
        hint={t('mapIt.initiative.contactHint')}
        value={values.contact}
        maxLength={300}
        error={errors.field('contact')}
        onChange={(e) => set({ contact: e.target.value })}
      />
      {mayPublish && (
        <label className="check">
          <input type="checkbox" checked={values.published} onChange={(e) => set({ published: e.target.checked })} />
          {t('mapIt.edit.published')}
        </label>
      )}
      <div className="actions">
        <Button type="submit" variant="primary" busy={loading} disabled={locked}>
          {t('mapIt.edit.save')}
        </Button>
        <Button variant="link" onClick={onClose}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
