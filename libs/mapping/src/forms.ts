/**
 * The forms of coproduction: four forms, some with sub-forms, as the chapter itself lists them
 * (FORMS_SOURCE); the authors' 2012 paper, cited there, backs the definition of coproduction,
 * not this list. An initiative usually has several forms at once; a sub-form implies its form.
 */
export const FORMS_SOURCE =
  'Bovaird & Loeffler, "Coproducing Public Services with Service Users, Communities, and the Third Sector" (chapter 13)';

export const COPRODUCTION_FORMS = {
  CO_COMMISSIONING: { label: 'Co-commissioning', parent: null },
  CO_PLANNING: { label: 'Co-planning of policy', parent: 'CO_COMMISSIONING' },
  CO_PRIORITISATION: { label: 'Co-prioritisation of services', parent: 'CO_COMMISSIONING' },
  CO_FINANCING: { label: 'Co-financing', parent: 'CO_COMMISSIONING' },
  CO_DESIGN: { label: 'Co-design', parent: null },
  CO_DELIVERY: { label: 'Co-delivery', parent: null },
  CO_MANAGING: { label: 'Co-managing', parent: 'CO_DELIVERY' },
  CO_PERFORMING: { label: 'Co-performing', parent: 'CO_DELIVERY' },
  CO_ASSESSMENT: { label: 'Co-assessment', parent: null },
  CO_MONITORING: { label: 'Co-monitoring', parent: 'CO_ASSESSMENT' },
  CO_EVALUATION: { label: 'Co-evaluation', parent: 'CO_ASSESSMENT' },
} as const;

export type CoproductionForm = keyof typeof COPRODUCTION_FORMS;
export const FORM_KEYS = Object.keys(COPRODUCTION_FORMS) as CoproductionForm[];

export function isCoproductionForm(value: string): value is CoproductionForm {
  return Object.hasOwn(COPRODUCTION_FORMS, value);
}

/** The forms with every sub-form's parent added, in the catalogue's order. */
export function withParentForms(forms: readonly CoproductionForm[]): CoproductionForm[] {
  const all = new Set<CoproductionForm>(forms);
  for (const form of forms) {
    const parent = COPRODUCTION_FORMS[form].parent;
    if (parent) all.add(parent);
  }
  return FORM_KEYS.filter((key) => all.has(key));
}

/** The CHECK that keeps a text[] column to known forms (arrays of enums fail on PGlite). */
export const FORMS_CHECK = `"forms" <@ ARRAY[${FORM_KEYS.map((f) => `'${f}'`).join(', ')}]::text[]`;

export const DEFAULT_SERVICE_AREAS = [
  'Community safety',
  'Local environment',
  'Health',
  'Social care',
  'Education',
  'Housing',
  'Transport',
  'Culture and leisure',
] as const;
