import { type Transition, checkLifecycleTable, finalStatuses, transitionsFor, transitionsFrom } from './lifecycle';

type Light = 'RED' | 'AMBER' | 'GREEN' | 'OFF';
type Change = 'GO' | 'SLOW' | 'STOP' | 'SWITCH_OFF';
const LIGHTS: readonly Light[] = ['RED', 'AMBER', 'GREEN', 'OFF'];
const CHANGES: readonly Change[] = ['GO', 'SLOW', 'STOP', 'SWITCH_OFF'];

interface LightTransition extends Transition<Light, Change> {
  readonly why?: string;
}
const TABLE: readonly LightTransition[] = [
  { move: 'GO', from: ['RED'], to: 'GREEN' },
  { move: 'SLOW', from: ['GREEN'], to: 'AMBER' },
  { move: 'STOP', from: ['AMBER'], to: 'RED', why: 'after amber' },
  { move: 'STOP', from: ['AMBER', 'GREEN'], to: 'RED', why: 'in an emergency' },
  { move: 'SWITCH_OFF', from: ['RED', 'AMBER', 'GREEN'], to: 'OFF' },
];

describe('lifecycle tables', () => {
  it('finds the rows for a move from a status, in table order', () => {
    expect(transitionsFor(TABLE, 'STOP', 'AMBER').map((row) => row.why)).toEqual(['after amber', 'in an emergency']);
    expect(transitionsFor(TABLE, 'STOP', 'GREEN').map((row) => row.why)).toEqual(['in an emergency']);
    expect(transitionsFor(TABLE, 'GO', 'GREEN')).toEqual([]);
  });

  it('lists what may be done from a status, in table order', () => {
    expect(transitionsFrom(TABLE, 'GREEN').map((row) => row.move)).toEqual(['SLOW', 'STOP', 'SWITCH_OFF']);
    expect(transitionsFrom(TABLE, 'OFF')).toEqual([]);
  });

  it('names the statuses no row leaves', () => {
    expect(finalStatuses(TABLE, LIGHTS)).toEqual(['OFF']);
  });

  it('finds nothing wrong with a sound table', () => {
    expect(checkLifecycleTable(TABLE, LIGHTS, CHANGES)).toEqual([]);
  });

  it('reports unknown statuses and moves, rows from nowhere and repeated statuses', () => {
    const broken = [
      { move: 'FLASH', from: ['RED'], to: 'GREEN' },
      { move: 'GO', from: [], to: 'BLUE' },
      { move: 'SLOW', from: ['GREEN', 'GREEN', 'PURPLE'], to: 'AMBER' },
    ] as unknown as readonly Transition<Light, Change>[];
    expect(checkLifecycleTable(broken, LIGHTS, CHANGES)).toEqual([
      'Row 1 (FLASH) names a move that is not in the list.',
      'Row 2 (GO) goes to "BLUE", which is not a status.',
      'Row 2 (GO) can be taken from no status.',
      'Row 3 (SLOW) starts from "PURPLE", which is not a status.',
      'Row 3 (SLOW) lists a status twice.',
    ]);
  });
});
