import type { CsvColumn } from '@app/http';
import type { LawfulBasis, ParticipantKind } from './participant.entity';

/**
 * # The participants CSV export
 *
 * `GET /exports/participants.csv` (the organisation's participants) or
 * `GET /exports/participants.csv?programmeId=<id>` (those ever enrolled in one of the programme's
 * pilots). It holds personal data, so it takes READ_PERSONAL_DETAILS (ADMIN, PROGRAMME_MANAGER,
 * CONSULTANT: the roles that may read contact details and notes); any other role is refused with
 * 403 and a JSON error. An erased participant is not in the file at all: no row, no stand-in name.
 * Written by libs/http's `csvTable`, as every export: UTF-8 with a byte-order mark, RFC 4180
 * quoting, text cells escaped against formula injection.
 *
 * One participant a row, in the order they were registered. Codes are the API's (`CITIZEN`,
 * `PUBLIC_TASK`); times are `YYYY-MM-DD HH:MM` in the organisation's time zone. The columns:
 *
 * | column          | what it holds                                                                      |
 * |-----------------|------------------------------------------------------------------------------------|
 * | participant_id  |                                                                                    |
 * | kind            | STAFF, CITIZEN, COMMUNITY_GROUP or THIRD_SECTOR                                     |
 * | name            | as held; empty when none is                                                        |
 * | contact         | how to reach them; empty when none is held                                         |
 * | notes           | free text; may hold line breaks                                                    |
 * | motivation      | 1 (reluctant) to 5 (very keen); empty when not recorded                            |
 * | hours_per_month | hours a month they can give; empty when not recorded                              |
 * | lawful_basis    | CONSENT, PUBLIC_TASK or OTHER; empty when none is recorded (then nothing personal is held) |
 * | consent_given_at| for CONSENT: when it was given                                                     |
 * | skills          | their skills' names, by name, separated by "; "                                    |
 * | pilots          | the pilots they take or took part in (of the programme, for a programme's file), oldest first, each "name (role)" or "name (role, withdrawn)", separated by "; " |
 * | registered_at   | when they were registered                                                          |
 */

/** A participant as the export writes them (participants-csv.service.ts). */
export interface ParticipantExportRecord {
  id: string;
  kind: ParticipantKind;
  name: string | null;
  contact: string | null;
  notes: string | null;
  motivation: number | null;
  hoursPerMonth: number | null;
  lawfulBasis: LawfulBasis | null;
  consentGivenAt: string | null;
  skills: string;
  pilots: string;
  registeredAt: string;
}

export const PARTICIPANT_CSV_COLUMNS: readonly CsvColumn<ParticipantExportRecord>[] = [
  { name: 'participant_id', cell: (p) => p.id },
  { name: 'kind', cell: (p) => p.kind },
  { name: 'name', cell: (p) => p.name },
  { name: 'contact', cell: (p) => p.contact },
  { name: 'notes', cell: (p) => p.notes },
  { name: 'motivation', cell: (p) => p.motivation },
  { name: 'hours_per_month', cell: (p) => p.hoursPerMonth },
  { name: 'lawful_basis', cell: (p) => p.lawfulBasis },
  { name: 'consent_given_at', cell: (p) => p.consentGivenAt },
  { name: 'skills', cell: (p) => p.skills },
  { name: 'pilots', cell: (p) => p.pilots },
  { name: 'registered_at', cell: (p) => p.registeredAt },
];

/** How the pilots column lists one enrolment. */
export function enrolmentText(pilotName: string, role: string, withdrawn: boolean): string {
  return `${pilotName} (${role}${withdrawn ? ', withdrawn' : ''})`;
}
