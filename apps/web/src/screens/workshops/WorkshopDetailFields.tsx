import { Field } from '../../components/Field';
import { type MemberOption, MemberSelectField } from '../../components/MemberSelectField';
import { zonedToIso } from '../../format/zonedTime';
import type { FormErrors } from '../../forms/useFormErrors';
import { t } from '../../i18n/i18n';

/** The values of the fields a workshop is planned and edited with; times as datetime-local values in the organisation's zone. */
export interface DetailValues {
  title: string;
  startsAt: string;
  endsAt: string;
  place: string;
  onlineUrl: string;
  facilitatorUserId: string;
  attendeeUserIds: string[];
  attendeeParticipantIds: string[];
}

export interface ParticipantOption {
  id: string;
  name: string;
}

interface Props {
  /** Prefixes the ids of the fields, so two forms on one page stay apart. */
  idPrefix: string;
  values: DetailValues;
  set: <K extends keyof DetailValues>(field: K, value: DetailValues[K]) => void;
  errors: FormErrors;
  members: readonly MemberOption[];
  /** Null when the participants could not be read: the choice is then left out. */
  participants: readonly ParticipantOption[] | null;
  timeZone: string;
  titleLabel: string;
  titleHint?: string;
}

/** Title, times, place, link, facilitator and attendees: the same fields when planning and when editing. */
export function WorkshopDetailFields({ idPrefix, values, set, errors, members, participants, timeZone, titleLabel, titleHint }: Props) {
  const toggle = (field: 'attendeeUserIds' | 'attendeeParticipantIds', id: string, on: boolean) =>
    set(field, on ? [...values[field], id] : values[field].filter((x) => x !== id));
  const zoneHint = t('workshops.zoneHint', { zone: timeZone });
  return (
    <>
      <Field
        name="title"
        label={titleLabel}
        hint={titleHint}
        value={values.title}
        onChange={(e) => set('title', e.target.value)}
        error={errors.field('title')}
        maxLength={200}
      />
      <div className="workshops__times">
        <Field
          name="startsAt"
          type="datetime-local"
          label={t('workshops.field.startsAt')}
          hint={zoneHint}
          value={values.startsAt}
          onChange={(e) => set('startsAt', e.target.value)}
          error={errors.field('startsAt')}
        />
        <Field
          name="endsAt"
          type="datetime-local"
          label={t('workshops.field.endsAt')}
          hint={zoneHint}
          value={values.endsAt}
          onChange={(e) => set('endsAt', e.target.value)}
          error={errors.field('endsAt')}
        />
      </div>
      <Field
        name="place"
        label={t('workshops.field.place')}
        hint={t('workshops.field.place.hint')}
        value={values.place}
        onChange={(e) => set('place', e.target.value)}
        error={errors.field('place')}
      />
      <Field
        name="onlineUrl"
        type="url"
        label={t('workshops.field.onlineUrl')}
        hint={t('workshops.field.onlineUrl.hint')}
        value={values.onlineUrl}
        onChange={(e) => set('onlineUrl', e.target.value)}
        error={errors.field('onlineUrl')}
      />
      <MemberSelectField
        name="facilitatorUserId"
        label={t('workshops.field.facilitatorUserId')}
        none={t('workshops.field.facilitatorUserId.none')}
        members={members}
        value={values.facilitatorUserId}
        onChange={(e) => set('facilitatorUserId', e.target.value)}
        error={errors.field('facilitatorUserId')}
      />
      <AttendeeChoices
        field="attendeeUserIds"
        idPrefix={idPrefix}
        options={members}
        chosen={values.attendeeUserIds}
        error={errors.field('attendeeUserIds')}
        onToggle={toggle}
      />
      {participants && (
        <AttendeeChoices
          field="attendeeParticipantIds"
          idPrefix={idPrefix}
          options={participants}
          chosen={values.attendeeParticipantIds}
          error={errors.field('attendeeParticipantIds')}
          onToggle={toggle}
          hint={t('workshops.field.attendeeParticipantIds.hint')}
          none={t('workshops.field.attendeeParticipantIds.none')}
        />
      )}
    </>
  );
}

/**
 * Checks the times before sending and answers them as moments, or null after marking the fields:
 * both required, each a date and time, the end after the start.
 */
export function checkTimes(values: Pick<DetailValues, 'startsAt' | 'endsAt'>, timeZone: string) {
  const problems: Record<string, string> = {};
  const startsAt = values.startsAt ? zonedToIso(values.startsAt, timeZone) : null;
  const endsAt = values.endsAt ? zonedToIso(values.endsAt, timeZone) : null;
  if (!values.startsAt) problems.startsAt = t('workshops.field.startsAt.required');
  else if (!startsAt) problems.startsAt = t('workshops.field.time.invalid');
  if (!values.endsAt) problems.endsAt = t('workshops.field.endsAt.required');
  else if (!endsAt) problems.endsAt = t('workshops.field.time.invalid');
  else if (startsAt && endsAt <= startsAt) problems.endsAt = t('workshops.field.endsAt.beforeStart');
  return { startsAt, endsAt, problems };
}

/** Members as the pickers list them, by name. */
export function memberOptions(edges: ReadonlyArray<{ node: { user: { id: string; displayName: string } } }>): MemberOption[] {
  return edges.map((e) => ({ id: e.node.user.id, name: e.node.user.displayName })).sort((a, b) => a.name.localeCompare(b.name));
}

/** One list of people to tick as attendees (members, or participants), with its error and, when empty, why. */
function AttendeeChoices({
  field,
  idPrefix,
  options,
  chosen,
  error,
  onToggle,
  hint,
  none,
}: {
  field: 'attendeeUserIds' | 'attendeeParticipantIds';
  idPrefix: string;
  options: ReadonlyArray<{ id: string; name: string }>;
  chosen: readonly string[];
  error: string | undefined | null;
  onToggle: (field: 'attendeeUserIds' | 'attendeeParticipantIds', id: string, on: boolean) => void;
  hint?: string;
  none?: string;
}) {
  return (
    <fieldset className="workshops__choices" id={`${idPrefix}-${field}`}>
      <legend>{t(`workshops.field.${field}`)}</legend>
      {hint && <p className="field__hint">{hint}</p>}
      {error && <p className="field__error">{error}</p>}
      {none && options.length === 0 && <p className="muted">{none}</p>}
      {options.map((option) => (
        <label key={option.id} className="workshops__choice">
          <input
            type="checkbox"
            name={field}
            value={option.id}
            checked={chosen.includes(option.id)}
            onChange={(e) => onToggle(field, option.id, e.target.checked)}
          />{' '}
          {option.name}
        </label>
      ))}
    </fieldset>
  );
}
