import {
  checkRow,
  defaultRowField,
  type ExistingInitiative,
  NEW_INITIATIVE_DEFAULTS,
  planUpsert,
  type ResolvedRow,
  touchesPublished,
} from './initiative-upsert';

const AREA = '11111111-1111-4111-8111-111111111111';
const OTHER_AREA = '22222222-2222-4222-8222-222222222222';

const existing = (id: string, name: string, extra: Partial<ExistingInitiative> = {}): ExistingInitiative => ({
  ...NEW_INITIATIVE_DEFAULTS,
  id,
  version: 1,
  name,
  serviceAreaId: AREA,
  ...extra,
});
const rows = (...specs: Array<Partial<ResolvedRow['row']> & { area?: string }>): ResolvedRow[] =>
  specs.map(({ area, ...row }, index) => ({ index, serviceAreaId: area ?? AREA, row: { name: 'Unnamed', ...row } }));
const plan = (resolved: ResolvedRow[], known: ExistingInitiative[]) => planUpsert(resolved, known, defaultRowField);
const kinds = (result: ReturnType<typeof plan>) => result.plan.map((p) => (p.kind === 'create' ? 'create' : `${p.kind}:${p.existing.id}`));

describe('planUpsert: matching rows to initiatives so that a re-import never duplicates', () => {
  it('matches on the external ref first, whatever the name', () => {
    expect(kinds(plan(rows({ externalRef: ' R1 ', name: 'Renamed' }), [existing('a', 'Old name', { externalRef: 'R1' })]))).toEqual([
      'update:a',
    ]);
  });

  it('matches on name and service area ignoring case and spaces, keeping the initiative’s ref', () => {
    const result = plan(rows({ name: '  walking   GROUP ' }), [existing('a', 'Walking group', { externalRef: 'R9' })]);
    expect(kinds(result)).toEqual(['update:a']); // the name's spelling changes
    expect(result.plan[0].kind === 'update' && result.plan[0].values.externalRef).toBe('R9');
    expect(kinds(plan(rows({ name: 'Walking group' }), [existing('a', 'Walking group')]))).toEqual(['unchanged:a']);
    expect(kinds(plan(rows({ name: 'Walking group', area: OTHER_AREA }), [existing('a', 'Walking group')]))).toEqual(['create']);
  });

  it('gives a ref to an unreferenced initiative of the same name, but never takes one that has another ref', () => {
    const result = plan(rows({ externalRef: 'NEW', name: 'Walking group' }), [existing('a', 'Walking group')]);
    expect(kinds(result)).toEqual(['update:a']);
    expect(
      kinds(plan(rows({ externalRef: 'NEW', name: 'Walking group' }), [existing('a', 'Walking group', { externalRef: 'OLD' })])),
    ).toEqual(['create']);
  });

  it('leaves an initiative unchanged when the row says what it already holds, defaults included', () => {
    const known = existing('a', 'Park friends', { forms: ['CO_DELIVERY', 'CO_MANAGING'], peopleInvolved: 4 });
    expect(kinds(plan(rows({ name: 'Park friends', forms: ['CO_MANAGING'], peopleInvolved: 4 }), [known]))).toEqual(['unchanged:a']);
    expect(kinds(plan(rows({ name: 'Park friends', peopleInvolved: null }), [known]))).toEqual(['update:a']);
  });

  it('refuses rows it cannot tell apart, naming them', () => {
    expect(plan(rows({ externalRef: 'R', name: 'A' }, { externalRef: 'R', name: 'B' }), []).problems).toEqual([
      { index: 1, field: 'rows[1].externalRef', message: 'repeats the external ref of rows[0]' },
    ]);
    expect(plan(rows({ name: 'Same' }, { name: 'same' }), []).problems.map((p) => p.field)).toEqual(['rows[1].name']);
    expect(plan(rows({ name: 'Same', externalRef: 'X' }, { name: 'Same', externalRef: 'Y' }), []).problems).toEqual([]);
    expect(
      plan(rows({ name: 'A', externalRef: 'R' }, { name: 'a' }), [existing('e', 'A', { externalRef: 'R' })]).problems.map((p) => p.field),
    ).toEqual(['rows[1]']);
    const twins = [existing('a', 'Twin'), existing('b', 'Twin')];
    expect(plan(rows({ name: 'Twin' }), twins).problems.map((p) => p.field)).toEqual(['rows[0].name']);
    // Of two with one name, the only one without a ref is the one a ref-less row means.
    expect(kinds(plan(rows({ name: 'Twin' }), [existing('a', 'Twin', { externalRef: 'R' }), existing('b', 'Twin')]))).toEqual([
      'unchanged:b',
    ]);
  });

  it('says which writes need the right to publish', () => {
    const result = plan(rows({ name: 'New', published: true }, { name: 'Was published' }, { name: 'Quiet' }), [
      existing('p', 'Was published', { published: true }),
    ]);
    expect(result.plan.map(touchesPublished)).toEqual([true, false, false]); // the second is unchanged
    const edit = plan(rows({ name: 'Was published', description: 'Edited' }), [existing('p', 'Was published', { published: true })]);
    expect(edit.plan.map(touchesPublished)).toEqual([true]);
  });
});

describe('checkRow', () => {
  it('names every bad field of a row', () => {
    const problems = checkRow(
      {
        name: ' ',
        serviceAreaName: '',
        forms: ['CO_DESIGN', 'CO_NOTHING'],
        participation: 'SOME',
        peopleInvolved: 1.5,
        status: 'DONE',
        contact: 'x'.repeat(301),
        programmeId: 'p',
      },
      4,
      defaultRowField,
    );
    expect(problems.map((p) => p.field)).toEqual([
      'rows[4].name',
      'rows[4].contact',
      'rows[4].serviceAreaName',
      'rows[4].forms',
      'rows[4].participation',
      'rows[4].status',
      'rows[4].peopleInvolved',
      'rows[4].programmeId',
    ]);
    expect(checkRow({ name: 'Fine', serviceAreaId: AREA, forms: [] }, 0, defaultRowField)).toEqual([]);
  });
});
