import type { CoproductionForm } from '../../gql/graphql';

/** The four forms of coproduction, each with its sub-forms, in the API's catalogue order (libs/mapping/src/forms.ts). */
export const FORM_TREE: ReadonlyArray<{ form: CoproductionForm; subForms: readonly CoproductionForm[] }> = [
  { form: 'CO_COMMISSIONING', subForms: ['CO_PLANNING', 'CO_PRIORITISATION', 'CO_FINANCING'] },
  { form: 'CO_DESIGN', subForms: [] },
  { form: 'CO_DELIVERY', subForms: ['CO_MANAGING', 'CO_PERFORMING'] },
  { form: 'CO_ASSESSMENT', subForms: ['CO_MONITORING', 'CO_EVALUATION'] },
];

/** The four forms alone (the map's columns). */
export const MAIN_FORMS: readonly CoproductionForm[] = FORM_TREE.map((f) => f.form);

/** Every form and sub-form, in catalogue order. */
export const ALL_FORMS: readonly CoproductionForm[] = FORM_TREE.flatMap((f) => [f.form, ...f.subForms]);

/** The form a sub-form belongs to (itself for a form). */
export function parentOf(form: CoproductionForm): CoproductionForm {
  return FORM_TREE.find((f) => f.form === form || f.subForms.includes(form))!.form;
}

/**
 * Ticks or unticks one form: ticking a sub-form ticks its form too (as the API records it);
 * unticking a form unticks its sub-forms. Answers the list in catalogue order.
 */
export function toggleForm(current: readonly CoproductionForm[], form: CoproductionForm, on: boolean): CoproductionForm[] {
  const set = new Set(current);
  if (on) {
    set.add(form);
    set.add(parentOf(form));
  } else {
    set.delete(form);
    const branch = FORM_TREE.find((f) => f.form === form);
    branch?.subForms.forEach((s) => set.delete(s));
  }
  return ALL_FORMS.filter((f) => set.has(f));
}
