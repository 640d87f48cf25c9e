import type { Walk } from './walk';

/** The people part of the five-step walk: works through the screens until its gate's required items are satisfied. */
export async function peopleIt(walk: Walk): Promise<void> {
  void walk;
  throw new Error('peopleIt: not written yet');
}
