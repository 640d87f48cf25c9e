import { graphqlEnum } from '@app/common';
import { STEPS, type Step } from '@app/workflow';

/** The five steps as a GraphQL enum, built from libs/workflow's `STEPS`. */
export const StepName = graphqlEnum(STEPS, {
  name: 'Step',
  description: 'Map it, Focus it, People it, Market it, Grow it (Loeffler & Hine-Hughes 2012).',
});
export type StepName = Step;

export const asStep = (step: StepName): Step => step;
