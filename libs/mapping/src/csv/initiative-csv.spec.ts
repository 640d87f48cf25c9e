import { InitiativeStatus, Motivation, Participation } from '../initiatives/initiative.entity';
import { exportCells, INITIATIVE_CSV_COLUMNS, normaliseHeader, readHeader, readRow } from './initiative-csv';

const areas = new Map([
  ['health', { id: '00000000-0000-4000-8000-000000000001', name: 'Health' }],
  ['community safety', { id: '00000000-0000-4000-8000-000000000002', name: 'Community safety' }],
]);

function read(headerCells: string[], cells: string[]) {
  const { header, problems } = readHeader(headerCells, 1);
  if (!header) throw new Error(JSON.stringify(problems));
  return readRow(cells, header, { row: 1, line: 2 }, { serviceAreas: areas });
}

describe('the initiatives CSV format', () => {
  it('reads headers whatever their case, spacing or trailing mark', () => {
    expect(normaliseHeader(' External Ref ')).toBe('external_ref');
    expect(normaliseHeader('PUBLISHED?')).toBe('published');
    expect(normaliseHeader('people-involved')).toBe('people_involved');
    expect(readHeader(['Name', 'SERVICE AREA', ''], 1).header?.columns).toEqual(['name', 'service_area', null]);
    expect(readHeader(['name', 'name', 'service_area'], 1).problems).toEqual([
      expect.objectContaining({ column: 'name', message: expect.stringMatching(/appears twice/) }),
    ]);
    expect(readHeader(['name'], 1).problems).toEqual([
      expect.objectContaining({ column: 'service_area', message: expect.stringMatching(/is a required column/) }),
    ]);
  });

  it('reads forms by name or key, adds each sub-form’s form, and names what it cannot read', () => {
    expect(read(['name', 'service_area', 'forms'], ['A', 'health', 'co-design; Co-performing, CO_MONITORING']).value?.forms).toEqual([
      'CO_DESIGN',
      'CO_DELIVERY',
      'CO_PERFORMING',
      'CO_ASSESSMENT',
      'CO_MONITORING',
    ]);
    expect(read(['name', 'service_area', 'forms'], ['A', 'Health', 'co-planning of policy']).value?.forms).toEqual([
      'CO_COMMISSIONING',
      'CO_PLANNING',
    ]);
    expect(read(['name', 'service_area', 'forms'], ['A', 'Health', 'co-design; telepathy']).problems).toEqual([
      expect.objectContaining({
        row: 1,
        line: 2,
        column: 'forms',
        message: expect.stringMatching(/^"telepathy" is not a form of coproduction/),
      }),
    ]);
  });

  it('leaves out what the file leaves out, and gives defaults for empty cells', () => {
    const partial = read(['name', 'service_area'], ['  A  ', ' COMMUNITY  safety ']).value!;
    expect(partial).toEqual({ row: 1, line: 2, externalRef: null, name: 'A', serviceAreaId: '00000000-0000-4000-8000-000000000002' });
    const empty = read([...INITIATIVE_CSV_COLUMNS], ['', 'B', '', 'Health', '', '', '', '', '', '', '', '']).value!;
    expect(empty).toMatchObject({
      externalRef: null,
      description: '',
      forms: [],
      participation: Participation.COLLECTIVE,
      motivation: Motivation.VOLUNTARY,
      peopleInvolved: null,
      status: InitiativeStatus.ACTIVE,
      contact: '',
      published: false,
    });
  });

  it('checks every cell of a row and names each problem’s column', () => {
    const { problems } = read(
      [...INITIATIVE_CSV_COLUMNS],
      ['x'.repeat(101), '', '', 'Nowhere', '', 'some', 'paid', '-1', '', 'over', '', 'maybe'],
    );
    expect(problems.map((p) => p.column)).toEqual([
      'external_ref',
      'name',
      'service_area',
      'participation',
      'motivation',
      'status',
      'people_involved',
      'published',
    ]);
    expect(read(['name', 'service_area', 'people_involved'], ['A', 'Health', '1,200']).value?.peopleInvolved).toBe(1200);
    expect(read(['name', 'service_area'], ['A', 'Health', 'stray']).problems[0].message).toMatch(
      /has 3 cells but the header names 2 columns/,
    );
  });

  it('writes a row that reads back as the same values', () => {
    const cells = exportCells({
      externalRef: '-1',
      name: '=cmd',
      description: 'two\nlines, "quoted"',
      serviceAreaName: 'Health',
      forms: ['CO_PERFORMING', 'CO_DELIVERY'],
      participation: Participation.BOTH,
      motivation: Motivation.COMPLIANCE,
      peopleInvolved: 0,
      publicBodyInput: '@budget',
      status: InitiativeStatus.ENDED,
      contact: '+44 1234',
      published: true,
    });
    expect(cells).toEqual([
      "'-1",
      "'=cmd",
      'two\nlines, "quoted"',
      'Health',
      'co-delivery; co-performing',
      'both',
      'compliance',
      '0',
      "'@budget",
      'ended',
      "'+44 1234",
      'yes',
    ]);
    expect(read([...INITIATIVE_CSV_COLUMNS], cells).value).toMatchObject({
      externalRef: '-1',
      name: '=cmd',
      description: 'two\nlines, "quoted"',
      forms: ['CO_DELIVERY', 'CO_PERFORMING'],
      participation: 'BOTH',
      motivation: 'COMPLIANCE',
      peopleInvolved: 0,
      publicBodyInput: '@budget',
      status: 'ENDED',
      contact: '+44 1234',
      published: true,
    });
  });
});
