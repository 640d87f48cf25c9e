import type { Walk } from './walk';

/** The grow part of the five-step walk: works through the screens until its gate's required items are satisfied. */
export async function growIt(walk: Walk): Promise<void> {
  void walk;
  throw new Error('growIt: not written yet');
}
