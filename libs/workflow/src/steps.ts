// The five steps of the transformation to coproduction (Loeffler & Hine-Hughes 2012), in order.
export const STEPS = ['MAP', 'FOCUS', 'PEOPLE', 'MARKET', 'GROW'] as const;
export type Step = (typeof STEPS)[number];

export interface StepInfo {
  name: string;
  purpose: string;
}

export const STEP_INFO: Readonly<Record<Step, Readonly<StepInfo>>> = {
  MAP: {
    name: 'Map it',
    purpose: 'Find and record the coproduction that already goes on between the organisation and citizens.',
  },
  FOCUS: {
    name: 'Focus it',
    purpose: 'Pick the service areas to start in, and a first pilot small enough to succeed.',
  },
  PEOPLE: {
    name: 'People it',
    purpose: 'Bring in the staff and citizens who want to coproduce and have the skills and time for it.',
  },
  MARKET: {
    name: 'Market it',
    purpose: 'Give citizens and staff good reasons to take part, and to keep taking part.',
  },
  GROW: {
    name: 'Grow it',
    purpose: 'Scale up what worked, with training and openness built into the service.',
  },
};

export function isStep(value: string): value is Step {
  return (STEPS as readonly string[]).includes(value);
}

/** Position of the step in the transformation, 0 for MAP to 4 for GROW. */
export function stepIndex(step: Step): number {
  return STEPS.indexOf(step);
}

/** The step after this one, or null after GROW (a cycle ends there). */
export function nextStep(step: Step): Step | null {
  return STEPS[stepIndex(step) + 1] ?? null;
}

/** True when `a` comes strictly before `b`. */
export function isEarlier(a: Step, b: Step): boolean {
  return stepIndex(a) < stepIndex(b);
}
