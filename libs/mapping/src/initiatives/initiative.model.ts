import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@app/common';
import { COPRODUCTION_FORMS, type CoproductionForm, FORM_KEYS, FORMS_SOURCE } from '../forms';
import { InitiativeStatus, Motivation, Participation } from './initiative.entity';

export { InitiativeStatus, Motivation, Participation };

/** The forms and sub-forms of forms.ts as a GraphQL enum (one catalogue, no second list to drift). */
export const CoproductionFormName = Object.fromEntries(FORM_KEYS.map((key) => [key, key])) as { readonly [K in CoproductionForm]: K };
registerEnumType(CoproductionFormName, {
  name: 'CoproductionForm',
  description: `The forms of coproduction and their sub-forms, as listed in ${FORMS_SOURCE}; a sub-form implies its form.`,
  valuesMap: Object.fromEntries(
    FORM_KEYS.map((key) => {
      const { label, parent } = COPRODUCTION_FORMS[key];
      return [key, { description: parent ? `${label}, a sub-form of ${COPRODUCTION_FORMS[parent].label.toLowerCase()}` : label }];
    }),
  ),
});

registerEnumType(InitiativeStatus, { name: 'InitiativeStatus' });
registerEnumType(Participation, { name: 'Participation', description: 'Whether citizens take part one by one, as a group, or both.' });
registerEnumType(Motivation, {
  name: 'Motivation',
  description: 'Whether citizens take part by choice or because the law requires it (compliance).',
});

@ObjectType({ description: 'A coproduction activity found while mapping (Map it).' })
export class Initiative {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => ID)
  serviceAreaId: string;

  @Field(() => [CoproductionFormName], { description: 'Forms and sub-forms, in catalogue order; every sub-form comes with its form.' })
  forms: CoproductionForm[];

  @Field(() => Participation)
  participation: Participation;

  @Field(() => Motivation)
  motivation: Motivation;

  @Field(() => Int, { nullable: true, description: 'How many people take part; null when not known.' })
  peopleInvolved: number | null;

  @Field({ description: 'What the public body puts in (staff, money, premises, …); blank means self-organisation.' })
  publicBodyInput: string;

  @Field(() => InitiativeStatus)
  status: InitiativeStatus;

  @Field({ description: 'How to reach the initiative; shown to members only, never in the published feed.' })
  contact: string;

  @Field({ description: "Shown in the organisation's published feed." })
  published: boolean;

  @Field(() => String, { nullable: true, description: 'A stable key from a spreadsheet, unique in the organisation; imports match on it.' })
  externalRef: string | null;

  @Field(() => ID, { nullable: true, description: 'The programme whose mapping found it, if any.' })
  programmeId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The person who recorded it; null when an integration or an import without a person did.',
  })
  createdBy: string | null;

  @Field(() => Int, { description: 'Send it back with every change; a stale one answers CONFLICT.' })
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  organisationId: string;
}

export const InitiativeConnection = ConnectionType(Initiative);

/** With nothing from the public body an activity is self-organisation, not coproduction: coproduction needs a public input. */
export function isCoproduction(initiative: Pick<Initiative, 'publicBodyInput'>): boolean {
  return initiative.publicBodyInput.trim() !== '';
}

/**
 * The SQL twin of `isCoproduction`, over an initiative aliased `alias`. The services store the
 * public body's input trimmed (JavaScript's idea of white space), so blank is exactly ''.
 */
export const isCoproductionSql = (alias: string) => `(${alias}.public_body_input <> '')`;
