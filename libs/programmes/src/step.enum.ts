import { registerEnumType } from '@nestjs/graphql';
import type { Step } from '@app/workflow';

/** The five steps as a GraphQL enum; the values are libs/workflow's `STEPS`. */
export enum StepName {
  MAP = 'MAP',
  FOCUS = 'FOCUS',
  PEOPLE = 'PEOPLE',
  MARKET = 'MARKET',
  GROW = 'GROW',
}
registerEnumType(StepName, { name: 'Step', description: 'Map it, Focus it, People it, Market it, Grow it (Loeffler & Hine-Hughes 2012).' });

export const asStep = (step: StepName): Step => step;
