import { useMutation, useQuery } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { Button } from '../../components/Button';
import { FormSummary } from '../../components/FormSummary';
import { useAnnounce } from '../../components/LiveRegion';
import type { MemberOption } from '../../components/MemberSelectField';
import { isoToZoned } from '../../format/zonedTime';
import { useDraft } from '../../forms/useDraft';
import { useFormErrors } from '../../forms/useFormErrors';
import type { UpdateWorkshopInput } from '../../gql/graphql';
import { t } from '../../i18n/i18n';
import { INVITABLE_PARTICIPANTS, UPDATE_WORKSHOP, type WorkshopDetail } from './operations';
import { checkTimes, type DetailValues, WorkshopDetailFields } from './WorkshopDetailFields';

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Edits a planned or running workshop's details, sending only what changed with the version it was opened at. */
export function WorkshopEditor({
  workshop,
  members,
  timeZone,
  onDone,
}: {
  workshop: WorkshopDetail;
  members: readonly MemberOption[];
  timeZone: string;
  onDone: () => void;
}) {
  const announce = useAnnounce();
  const original: DetailValues = {
    title: workshop.title,
    startsAt: isoToZoned(workshop.startsAt, timeZone),
    endsAt: isoToZoned(workshop.endsAt, timeZone),
    place: workshop.place ?? '',
    onlineUrl: workshop.onlineUrl ?? '',
    facilitatorUserId: workshop.facilitatorUserId ?? '',
    attendeeUserIds: workshop.attendees.flatMap((a) => (a.userId ? [a.userId] : [])),
    attendeeParticipantIds: workshop.attendees.flatMap((a) => (a.participantId ? [a.participantId] : [])),
  };
  const draft = useDraft<DetailValues>(`edit-workshop-${workshop.version}`, original);
  const values = draft.values;
  const errors = useFormErrors(values);
  const participants = useQuery(INVITABLE_PARTICIPANTS);
  const [update, { loading }] = useMutation(UPDATE_WORKSHOP);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { startsAt, endsAt, problems } = checkTimes(values, timeZone);
    if (!values.title.trim()) problems.title = t('workshops.agenda.field.title.required');
    if (!values.facilitatorUserId) problems.facilitatorUserId = t('workshops.field.facilitatorUserId.required');
    if (Object.keys(problems).length > 0 || !startsAt || !endsAt) {
      errors.setLocal(problems, t('forms.fixBelow'));
      return;
    }
    const input: UpdateWorkshopInput = { workshopId: workshop.id, version: workshop.version };
    if (values.title.trim() !== original.title) input.title = values.title.trim();
    if (values.startsAt !== original.startsAt) input.startsAt = startsAt;
    if (values.endsAt !== original.endsAt) input.endsAt = endsAt;
    if (values.place.trim() !== original.place) input.place = values.place.trim();
    if (values.onlineUrl.trim() !== original.onlineUrl) {
      if (values.onlineUrl.trim()) input.onlineUrl = values.onlineUrl.trim();
      else input.clearOnlineUrl = true;
    }
    if (values.facilitatorUserId !== original.facilitatorUserId) input.facilitatorUserId = values.facilitatorUserId;
    if (!sameSet(values.attendeeUserIds, original.attendeeUserIds)) input.attendeeUserIds = values.attendeeUserIds;
    if (!sameSet(values.attendeeParticipantIds, original.attendeeParticipantIds))
      input.attendeeParticipantIds = values.attendeeParticipantIds;
    if (Object.keys(input).length === 2) {
      announce(t('workshops.page.noChange'));
      draft.clear();
      onDone();
      return;
    }
    try {
      await update({ variables: { input } });
      draft.clear();
      announce(t('workshops.saved'));
      onDone();
    } catch (error) {
      errors.fromError(error);
    }
  };

  // Keep participants already invited in the choice even when the list cannot show them.
  const participantOptions = participants.data
    ? participants.data.participants.edges.map((e) => ({ id: e.node.id, name: e.node.displayName ?? t('workshops.field.unnamed') }))
    : null;
  const invited = workshop.attendees.flatMap((a) =>
    a.participantId && !participantOptions?.some((p) => p.id === a.participantId)
      ? [{ id: a.participantId, name: a.participant?.displayName ?? t('workshops.field.unnamed') }]
      : [],
  );

  return (
    <form
      aria-label={t('workshops.page.editTitle', { title: workshop.title })}
      className="stack"
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <FormSummary message={errors.summary} fields={errors.problem?.fields} />
      <WorkshopDetailFields
        idPrefix="edit"
        values={values}
        set={draft.set}
        errors={errors}
        members={members}
        participants={participantOptions ? [...participantOptions, ...invited] : null}
        timeZone={timeZone}
        titleLabel={t('workshops.field.editTitle')}
      />
      <div className="actions">
        <Button type="submit" variant="primary" busy={loading}>
          {t('workshops.save')}
        </Button>
        <Button
          onClick={() => {
            draft.clear();
            onDone();
          }}
        >
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}
