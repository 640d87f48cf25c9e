import { DEFAULT_TEMPLATE } from './default-template';
import { STEPS } from './steps';
import { AGENDA_MAX_MINUTES, AGENDA_MAX_SECTIONS, AGENDA_TITLE_MAX_LENGTH, WORKSHOP_AGENDAS, suggestedAgenda } from './workshop-agendas';

describe('the suggested workshop agendas', () => {
  it("name only checklist items of the default template's own step", () => {
    for (const step of STEPS) {
      const keys = new Set(DEFAULT_TEMPLATE.items.filter((item) => item.step === step).map((item) => item.key));
      const unknown = WORKSHOP_AGENDAS[step].flatMap((s) => s.checklistKeys).filter((key) => !keys.has(key));
      expect({ step, unknown }).toEqual({ step, unknown: [] });
    }
  });

  it('give every step sections with a title, a sensible length and each key once, within the limits people have when editing', () => {
    for (const step of STEPS) {
      const sections = WORKSHOP_AGENDAS[step];
      expect(sections.length).toBeGreaterThan(2);
      expect(sections.length).toBeLessThanOrEqual(AGENDA_MAX_SECTIONS);
      for (const section of sections) {
        expect(section.title.trim().length).toBeGreaterThan(0);
        expect(section.title.length).toBeLessThanOrEqual(AGENDA_TITLE_MAX_LENGTH);
        expect(Number.isInteger(section.minutes) && section.minutes > 0 && section.minutes <= AGENDA_MAX_MINUTES).toBe(true);
      }
      const keys = sections.flatMap((s) => s.checklistKeys);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it("cover most of each step's required checklist items", () => {
    for (const step of STEPS) {
      const required = DEFAULT_TEMPLATE.items.filter((item) => item.step === step && item.required && item.kind === 'MANUAL');
      const covered = new Set(WORKSHOP_AGENDAS[step].flatMap((s) => s.checklistKeys));
      expect({ step, missing: required.map((i) => i.key).filter((key) => !covered.has(key)) }).toEqual({ step, missing: [] });
    }
  });

  it('hands out copies, so changing one leaves the suggestion as it was', () => {
    const copy = suggestedAgenda('MAP');
    copy[1].checklistKeys.push('map.extra');
    copy[1].title = 'Changed';
    expect(WORKSHOP_AGENDAS.MAP[1]).toMatchObject({
      title: 'List the joint work with residents that already goes on',
      checklistKeys: ['map.record_existing'],
    });
  });
});
