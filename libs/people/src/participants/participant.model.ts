import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Action, ConnectionType, POLICY } from '@app/common';
import { LawfulBasis, type ParticipantEntity, ParticipantKind } from './participant.entity';

export { LawfulBasis, ParticipantKind };

registerEnumType(ParticipantKind, {
  name: 'ParticipantKind',
  description: 'Who takes part: a member of staff, a citizen, a community group or a third-sector body.',
});
registerEnumType(LawfulBasis, {
  name: 'LawfulBasis',
  description: "Why the organisation may hold a participant's personal details: their consent, a public task, or another basis it names.",
});

/** What an erased participant is called everywhere: the name is gone for good. */
export const ERASED_PARTICIPANT = 'Erased participant';
/** What a participant with no name recorded is called (e.g. one held without a lawful basis, so with nothing personal). */
export const UNNAMED_PARTICIPANT = 'Unnamed participant';

/**
 * Every personal field (whatever erasure clears) is read field by field by the roles that need
 * it (ParticipantsResolver, LawfulBasisRecordResolver): names by those who work with
 * participants, CONTRIBUTORs included since they record readings with them; contact, notes and
 * the wording of a lawful basis by those who plan with them. Any other role, a VIEWER key behind
 * an intranet page above all, gets null and a FORBIDDEN error on the field alone.
 */
export const NAME_READERS = Action.READ_PARTICIPANT_NAMES;
export const DETAIL_READERS = Action.READ_PERSONAL_DETAILS;

/** The schema options of a personal field, saying who may read it. */
function personal(description: string, action: Action) {
  return {
    nullable: true,
    description: `${description} ${POLICY[action].roles.join(', ')} only; other roles get a FORBIDDEN error on this field.`,
  };
}

@ObjectType({ description: "The lawful basis on which a participant's personal details are held." })
export class LawfulBasisRecord {
  @Field(() => LawfulBasis)
  basis: LawfulBasis;

  @Field(() => Date, { nullable: true, description: 'CONSENT: when it was given (kept after erasure: it says nothing about the person).' })
  consentGivenAt: Date | null;

  @Field(() => String, personal('CONSENT: what it was given for; null once erased.', DETAIL_READERS))
  consentPurposes: string | null;

  @Field(() => String, personal('CONSENT: by what means it was given (a signed form, an email…); null once erased.', DETAIL_READERS))
  consentMeans: string | null;

  @Field(() => String, personal('OTHER: the basis the organisation names; null once erased.', DETAIL_READERS))
  otherBasis: string | null;
}

@ObjectType({ description: 'Someone who may take part in pilots (People it).' })
export class Participant {
  @Field(() => ID)
  id: string;

  @Field(() => ParticipantKind)
  kind: ParticipantKind;

  // Nullable only so that a role that may not read names gets null and a FORBIDDEN error on the
  // field alone, not a lost parent: a name is always held or stood in for.
  @Field(
    () => String,
    personal(`The name held, or "${ERASED_PARTICIPANT}" once erased, or "${UNNAMED_PARTICIPANT}" when none is held.`, NAME_READERS),
  )
  displayName: string;

  @Field(() => String, personal('How to reach them; null once erased.', DETAIL_READERS))
  contact: string | null;

  @Field(() => String, personal('Free text; null once erased.', DETAIL_READERS))
  notes: string | null;

  @Field(() => Int, { nullable: true, description: 'How keen they are, 1 (reluctant) to 5 (very keen).' })
  motivation: number | null;

  @Field(() => Int, { nullable: true, description: 'Hours a month they can give.' })
  hoursPerMonth: number | null;

  @Field(() => LawfulBasisRecord, {
    nullable: true,
    description: 'Null when none is recorded: then nothing personal is held, and they cannot be matched or enrolled.',
  })
  lawfulBasis: LawfulBasisRecord | null;

  @Field({ description: 'Their personal details have been erased for good; the anonymous facts stay for counts and pilot statistics.' })
  erased: boolean;

  @Field(() => Date, { nullable: true })
  erasedAt: Date | null;

  @Field(() => Int, { description: 'Send it back with every change; a stale one answers CONFLICT.' })
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  organisationId: string;
}

export const ParticipantConnection = ConnectionType(Participant);

export function toParticipant(row: ParticipantEntity): Participant {
  const erased = row.erasedAt !== null;
  return {
    id: row.id,
    organisationId: row.organisationId,
    kind: row.kind,
    displayName: erased ? ERASED_PARTICIPANT : (row.displayName ?? UNNAMED_PARTICIPANT),
    contact: erased ? null : row.contact,
    notes: erased ? null : row.notes,
    motivation: row.motivation,
    hoursPerMonth: row.hoursPerMonth,
    lawfulBasis: row.lawfulBasis
      ? {
          basis: row.lawfulBasis,
          consentGivenAt: row.consentGivenAt,
          consentPurposes: erased ? null : row.consentPurposes,
          consentMeans: erased ? null : row.consentMethod,
          otherBasis: erased ? null : row.basisNote,
        }
      : null,
    erased,
    erasedAt: row.erasedAt,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
