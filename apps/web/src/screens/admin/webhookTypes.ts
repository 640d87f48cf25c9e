import type { HistoryEventKind, WebhookDeliveryStatus } from '../../gql/graphql';

/** The kinds in the order the picker shows them: the journey's moves first, everyday edits last. */
export const KIND_ORDER: readonly HistoryEventKind[] = ['MOVE', 'DECISION', 'EVIDENCE', 'PUBLICATION', 'ACCESS', 'EDIT'];

export interface EventTypeInfo {
  type: string;
  kind: HistoryEventKind;
  description: string;
}

export interface KindGroup {
  kind: HistoryEventKind;
  types: EventTypeInfo[];
}

/** The catalogue's types by kind (KIND_ORDER), each kind's types alphabetically; kinds with no types are left out. */
export function groupByKind(types: readonly EventTypeInfo[]): KindGroup[] {
  return KIND_ORDER.map((kind) => ({
    kind,
    types: types.filter((info) => info.kind === kind).sort((a, b) => a.type.localeCompare(b.type)),
  })).filter((group) => group.types.length > 0);
}

/** The chosen types with one added or taken away, in the catalogue's order of choosing (no duplicates). */
export function toggleType(chosen: readonly string[], type: string, on: boolean): string[] {
  const without = chosen.filter((t) => t !== type);
  return on ? [...without, type] : without;
}

/** Whether every type of a group is chosen. */
export function allChosen(chosen: readonly string[], group: KindGroup): boolean {
  return group.types.every((info) => chosen.includes(info.type));
}

/** "Select all of this kind" (or, when all are chosen, clear them): the other kinds' choices stay. */
export function toggleKind(chosen: readonly string[], group: KindGroup): string[] {
  const ofKind = new Set(group.types.map((info) => info.type));
  const others = chosen.filter((type) => !ofKind.has(type));
  return allChosen(chosen, group) ? others : [...others, ...group.types.map((info) => info.type)];
}

/** How a delivery's state reads, and the class that colours it (the words carry the meaning; the colour repeats it). */
export const DELIVERY_STATUS_CLASS: Readonly<Record<WebhookDeliveryStatus, string>> = {
  DELIVERED: 'delivery-status delivery-status--delivered',
  PENDING: 'delivery-status delivery-status--pending',
  FAILED: 'delivery-status delivery-status--failed',
};

/** Hours the previous secret keeps signing after a rotation: the API's range (RotateWebhookSecretInput). */
export const KEEP_PREVIOUS = { min: 0, max: 168, initial: 24 } as const;

/** A whole number of hours within the API's range, or null when the text is not one. */
export function keepPreviousHours(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const hours = Number(trimmed);
  return hours >= KEEP_PREVIOUS.min && hours <= KEEP_PREVIOUS.max ? hours : null;
}
