import type { JourneyEventFragment } from '../../gql/graphql';
import { hasMessage, type MessageKey, t } from '../../i18n/i18n';

/** What the board knows to put names to the ids an event carries (history holds ids, never names). */
export interface EventNames {
  /** A member's display name, or undefined for someone no longer in the organisation. */
  person: (userId: string) => string | undefined;
  /** A checklist item's title by its key, in the board's current cycle. */
  item: (key: string) => string | undefined;
  /** The API catalogue's description of a type the board has no sentence for. */
  describe: (type: string) => string | undefined;
}

const stepName = (value: unknown) =>
  typeof value === 'string' && hasMessage(`steps.${value}`) ? t(`steps.${value}` as MessageKey) : t('programme.event.aStep');

/** Who made a change, in words. */
export function actorName(
  event: Pick<JourneyEventFragment, 'actorType' | 'actorUserId' | 'actorApiKeyName'>,
  names: Pick<EventNames, 'person'>,
): string {
  if (event.actorType === 'USER' && event.actorUserId) return names.person(event.actorUserId) ?? t('programme.event.formerMember');
  if (event.actorType === 'API_KEY') return t('programme.event.apiKey', { name: event.actorApiKeyName ?? '' });
  if (event.actorType === 'SYSTEM') return t('programme.event.system');
  return t('programme.event.someone');
}

/** One event as a sentence: "Sam moved the programme from Map it to Focus it." */
export function describeEvent(event: JourneyEventFragment, names: EventNames): string {
  const p = event.payload as Record<string, unknown>;
  const who = actorName(event, names);
  const reason = typeof p.reason === 'string' ? p.reason : '';
  switch (event.type) {
    case 'STEP_ADVANCED':
      return p.overridden
        ? t('programme.event.STEP_ADVANCED.override', { who, from: stepName(p.from), to: stepName(p.to), reason })
        : t('programme.event.STEP_ADVANCED', { who, from: stepName(p.from), to: stepName(p.to) });
    case 'STEP_REOPENED':
      return t('programme.event.STEP_REOPENED', { who, step: stepName(p.step ?? p.to), reason });
    case 'PROGRAMME_COMPLETED':
      return p.overridden
        ? t('programme.event.PROGRAMME_COMPLETED.override', { who, reason })
        : t('programme.event.PROGRAMME_COMPLETED', { who });
    case 'CYCLE_STARTED':
      return t('programme.event.CYCLE_STARTED', { who, cycle: Number(p.cycle ?? 0) });
    case 'CHECKLIST_ITEM_TICKED':
    case 'CHECKLIST_ITEM_UNTICKED': {
      const item = (typeof p.key === 'string' && names.item(p.key)) || t('programme.event.anItem');
      return t(`programme.event.${event.type}`, { who, item, step: stepName(p.step) });
    }
    case 'TASK_UPDATED':
      if (typeof p.status === 'string' && hasMessage(`programme.taskStatus.${p.status}`)) {
        return t('programme.event.TASK_UPDATED.status', {
          who,
          step: stepName(p.step),
          status: t(`programme.taskStatus.${p.status}` as MessageKey),
        });
      }
      return t('programme.event.TASK_UPDATED', { who, step: stepName(p.step) });
    case 'TASK_ASSIGNED':
      return p.assigneeId
        ? t('programme.event.TASK_ASSIGNED', {
            who,
            step: stepName(p.step),
            assignee: names.person(String(p.assigneeId)) ?? t('programme.event.formerMember'),
          })
        : t('programme.event.TASK_UNASSIGNED', { who, step: stepName(p.step) });
    default: {
      const key = `programme.event.${event.type}`;
      if (hasMessage(key)) return t(key, { who, step: stepName(p.step), cycle: Number(p.cycle ?? 0) });
      const description = names.describe(event.type);
      return t('programme.event.other', { who, what: description ?? event.type });
    }
  }
}
