import { RequestContext } from '@app/common';
import { participantsReached, PilotReach, type PilotReachSource } from './pilot-reach';

/** The registry People it registers with: enrolled counts summed over sources, none without one. */
describe('PilotReach', () => {
  const ctx = new RequestContext('test');
  const source = (counts: Record<string, number>): PilotReachSource & { asked: string[][] } => {
    const asked: string[][] = [];
    return {
      asked,
      enrolledCount: async (_ctx, pilotIds) => {
        asked.push([...pilotIds]);
        return new Map(Object.entries(counts).filter(([id]) => pilotIds.includes(id)));
      },
    };
  };

  it('counts nobody enrolled until a source registers', async () => {
    expect((await new PilotReach().enrolled(ctx, ['a'])).size).toBe(0);
  });

  it('asks every registered source about the same pilots and adds their counts up', async () => {
    const reach = new PilotReach();
    const people = source({ a: 3, b: 1 });
    const other = source({ a: 2 });
    reach.register(people);
    reach.register(other);
    expect(Object.fromEntries(await reach.enrolled(ctx, ['a', 'b', 'c']))).toEqual({ a: 5, b: 1 });
    expect([people.asked, other.asked]).toEqual([[['a', 'b', 'c']], [['a', 'b', 'c']]]);
  });

  it('reports the people enrolled once there are any, otherwise the number recorded by hand', () => {
    expect([participantsReached(12, 0), participantsReached(12, 3), participantsReached(null, 0)]).toEqual([12, 3, null]);
  });
});
