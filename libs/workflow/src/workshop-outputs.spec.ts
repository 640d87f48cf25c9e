import { WORKSHOP_STATUSES } from './workshop-lifecycle';
import { WORKSHOP_CONVERSION_KINDS, workshopCaptureRefusal, workshopOutputChangeRefusal } from './workshop-outputs';

describe('workshop outputs', () => {
  it('takes capture before, during and after the room meets, but not from a workshop that was cancelled', () => {
    expect(WORKSHOP_STATUSES.filter((status) => workshopCaptureRefusal(status) === null)).toEqual(['PLANNED', 'RUNNING', 'DONE']);
    expect(workshopCaptureRefusal('CANCELLED')).toMatch(/cancelled and never met/);
  });

  it('keeps an output as it was once it has become a record, naming what it became', () => {
    expect(workshopOutputChangeRefusal(null)).toBeNull();
    for (const kind of WORKSHOP_CONVERSION_KINDS) expect(workshopOutputChangeRefusal(kind)).toContain(kind);
  });
});
