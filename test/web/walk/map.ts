import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { area, expectGateOpen, loaded, tickOnBoard, type Walk } from './walk';

/** Typed in the "add several" form: one area each, one of them self-organised (nothing from the public body). */
const TYPED = [
  {
    name: 'Street watch volunteers',
    area: 'Community safety',
    forms: ['Co-delivery'],
    input: 'Training and radios from the community safety team',
  },
  {
    name: 'Friends of Millbrook Park',
    area: 'Local environment',
    forms: ['Co-design', 'Co-delivery'],
    input: 'Tools and a skip from parks services',
  },
  { name: 'Walking group for carers', area: 'Health', forms: [], input: '' },
];

/** Typed in the same form by mistake: the park's friends again, under another name; deleted once saved. */
const TYPED_TWICE = {
  name: 'Millbrook Park friends group',
  area: 'Local environment',
  forms: ['Co-delivery'],
  input: 'Tools from parks services',
};

const HEADER = 'name,service_area,forms,public_body_input,people_involved,description';

/** The spreadsheet as first chosen: three mistakes, each on its own row and column. */
const WITH_MISTAKES = [
  HEADER,
  'Home library visits,Social care,co-delivery,Library staff time,12,Volunteers take books to people at home',
  ',Education,co-design,Classroom space,30,Parents plan the after-school club with teachers', // row 3: no name
  'Estate repair reporters,Housng,co-assessment; co-monitoring,Repair team follow-up,18,Tenants report and check repairs', // row 4: unknown area
  'Community bus drivers,Transport,co-delivery,Minibus and insurance,lots,Residents drive the dial-a-ride bus', // row 5: not a number
  'Heritage trail guides,Culture and leisure,co-design; co-delivery,Museum staff and leaflets,9,Residents lead walks',
].join('\n');

/** The same file, corrected. */
const CORRECTED = [
  HEADER,
  'Home library visits,Social care,co-delivery,Library staff time,12,Volunteers take books to people at home',
  'After-school club planners,Education,co-design,Classroom space,30,Parents plan the after-school club with teachers',
  'Estate repair reporters,Housing,co-assessment; co-monitoring,Repair team follow-up,18,Tenants report and check repairs',
  'Community bus drivers,Transport,co-delivery,Minibus and insurance,6,Residents drive the dial-a-ride bus',
  'Heritage trail guides,Culture and leisure,co-design; co-delivery,Museum staff and leaflets,9,Residents lead walks',
].join('\n');

const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

/**
 * The map part of the five-step walk, through the Map it work area only: initiatives typed for
 * some active service areas (a refused save first), one typed twice by mistake and deleted (the
 * dialog naming it), one edited to add a sub-form, the rest from a
 * spreadsheet that is first refused with its mistakes shown against row and column (nothing
 * saved) and then imported once corrected; the heat-map and its table; a filter; everything
 * published and the feed's link issued; then the manual required item ticked on the board.
 */
export async function mapIt(walk: Walk): Promise<void> {
  const { page } = walk;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: walk.server.url });
  await page.goto(area(walk, 'map'));
  await page.getByRole('heading', { level: 1, name: /^Map it/ }).waitFor();
  await loaded(page);
  await page.getByText('No initiatives recorded yet').waitFor();
  await walk.visit(page, 'map-empty');

  // Several at once: a row without its service area is refused, named against its row.
  await page.getByRole('button', { name: 'Add initiatives' }).click();
  const add = page.getByRole('form', { name: 'Add initiatives' });
  await add.getByRole('group', { name: 'Initiative 1' }).getByLabel('Name').fill(TYPED[0].name);
  await add.getByRole('button', { name: 'Save these initiatives' }).click();
  await add.getByRole('alert').getByText('Choose the service area of initiative 1.').waitFor();
  await walk.visit(page, 'map-add-errors');

  for (const [index, typed] of [...TYPED, TYPED_TWICE].entries()) {
    if (index > 0) await add.getByRole('button', { name: 'Add another row' }).click();
    const row = add.getByRole('group', { name: `Initiative ${index + 1}` });
    await row.getByLabel('Name').fill(typed.name);
    await row.getByLabel('Service area').selectOption({ label: typed.area });
    for (const form of typed.forms) await row.getByRole('checkbox', { name: form }).check();
    await row.getByLabel('What the public body puts in').fill(typed.input);
  }
  await walk.visit(page, 'map-add-filled');
  await add.getByRole('button', { name: 'Save these initiatives' }).click();
  await page.getByText('4 initiatives', { exact: true }).waitFor();
  const list = page.getByRole('table', { name: /^Initiatives, with/ });

  // The park's friends were typed twice: the second is deleted, the dialog saying what that means.
  await list.getByRole('button', { name: `Delete ${TYPED_TWICE.name}` }).click();
  const deleting = page.getByRole('dialog', { name: `Delete ${TYPED_TWICE.name}?` });
  await deleting.getByRole('list', { name: 'What deleting does' }).waitFor();
  await walk.visit(page, 'map-delete');
  await deleting.getByRole('button', { name: `Delete ${TYPED_TWICE.name}` }).click();
  await deleting.waitFor({ state: 'hidden' });
  await page.getByText('3 initiatives', { exact: true }).waitFor();
  await list
    .getByRole('row', { name: /Walking group for carers/ })
    .getByText('Self-organisation')
    .waitFor();
  await walk.visit(page, 'map-initiatives');

  // Edit one: a sub-form brings its form; the dialog says plainly what counts as coproduction.
  await list.getByRole('button', { name: `Edit ${TYPED[0].name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Edit ${TYPED[0].name}` });
  await dialog.getByRole('checkbox', { name: 'Co-managing' }).check();
  await dialog.getByRole('checkbox', { name: 'Co-monitoring' }).check();
  await dialog.getByLabel('People taking part').fill('14');
  await dialog.getByText('counts as coproduction on the map').waitFor();
  await walk.visit(page, 'map-edit');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await list
    .getByRole('row', { name: new RegExp(TYPED[0].name) })
    .getByText('Co-delivery, Co-managing, Co-assessment, Co-monitoring')
    .waitFor();

  // The spreadsheet: refused with each mistake against its row and column, and nothing saved.
  const importForm = page.getByRole('form', { name: 'Import and export' });
  await importForm.getByLabel('Spreadsheet (CSV file)').setInputFiles(csv('initiatives.csv', WITH_MISTAKES));
  await importForm.getByRole('button', { name: 'Check and import' }).click();
  const problems = page.getByRole('table', { name: /^3 problems in the file/ });
  await problems.waitFor();
  await expectProblem(problems, 'Row 3', 'name', 'This cell is empty; fill it in.');
  await expectProblem(problems, 'Row 4', 'service_area', /"Housng" is not one of the organisation's service areas/);
  await expectProblem(problems, 'Row 5', 'people_involved', /"lots"/);
  await page.getByText('Nothing from initiatives.csv was saved').waitFor();
  await walk.visit(page, 'map-import-errors');
  await page.getByText('3 initiatives', { exact: true }).waitFor();

  await importForm.getByLabel('Spreadsheet (CSV file)').setInputFiles(csv('initiatives-fixed.csv', CORRECTED));
  await importForm.getByRole('button', { name: 'Check and import' }).click();
  await page.getByText('initiatives-fixed.csv is imported (5 rows). 5 new, 0 updated, 0 already up to date.').waitFor();
  await page.getByText('8 initiatives', { exact: true }).waitFor();
  await walk.visit(page, 'map-import-done');

  // The export: the same layout, downloaded with the page's own session.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the initiatives (CSV)' }).click();
  const download = await downloading;
  if (!/^initiatives-\d{4}-\d{2}-\d{2}\.csv$/.test(download.suggestedFilename()))
    throw new Error(`the export is named ${download.suggestedFilename()}`);
  const exported = readFileSync(await download.path(), 'utf8');
  for (const name of ['Heritage trail guides', TYPED[2].name]) if (!exported.includes(name)) throw new Error(`the export lacks ${name}`);

  // The heat-map, drawn under the page's CSP, with its summary and its figures as a table.
  const chart = page.locator('#map-chart figure');
  await chart.scrollIntoViewIfNeeded();
  await chart.locator('[data-chart-ready] svg').waitFor();
  await chart.getByText('7 coproduction initiatives, in 7 of 8 active service areas.').waitFor();
  await chart.getByText('Show the figures as a table').click();
  const figures = chart.getByRole('table', { name: /^Coproduction initiatives by service area and form/ });
  await expectCells(figures.getByRole('row', { name: /^Housing/ }), ['Housing', '0', '0', '0', '1', '1', '0', '18']);
  await expectCells(figures.getByRole('row', { name: /^Health/ }), ['Health', '0', '0', '0', '0', '0', '1', '0']);
  await walk.visit(page, 'map-chart');

  // A filter: self-organisation only.
  await page.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Self-organisation only' });
  await page.getByText('1 initiative', { exact: true }).waitFor();
  await walk.visit(page, 'map-filtered');
  await page.getByRole('button', { name: 'Clear the filters' }).click();
  await page.getByText('8 initiatives', { exact: true }).waitFor();

  // Publish everything, and issue the feed's link to copy.
  const publish = page.getByRole('region', { name: 'Publish the map' });
  await publish.getByRole('button', { name: 'Publish all 8 unpublished initiatives' }).click();
  await publish.getByText('8 of 8 initiatives are published.').waitFor();
  await publish.getByRole('button', { name: 'Issue the feed’s link' }).click();
  const link = publish.getByRole('textbox', { name: 'Feed link' });
  await link.waitFor();
  const url = await link.inputValue();
  if (!/\/feeds\/cpf_[\w-]+\/initiatives\.json$/.test(url)) throw new Error(`the feed link looks wrong: ${url}`);
  await publish.getByRole('button', { name: 'Copy the link' }).click();
  await publish.getByRole('button', { name: 'Copied' }).waitFor();
  walk.shared.feedUrl = url;
  await walk.visit(page, 'map-published');

  await tickOnBoard(
    walk,
    'Map it',
    'Record the coproduction already under way',
    'Workshop with frontline housing, parks and library staff; a list from the volunteering centre imported.',
  );
  await expectGateOpen(walk, 'Map it');
}

/** The problems table has a line for `row` whose column and message are as given. */
async function expectProblem(table: Locator, row: string, column: string, message: string | RegExp): Promise<void> {
  const line = table
    .getByRole('row')
    .filter({ has: table.page().getByRole('rowheader', { name: row, exact: true }) })
    .filter({ has: table.page().getByRole('cell', { name: column, exact: true }) });
  await line.getByRole('cell').filter({ hasText: message }).waitFor();
}

async function expectCells(row: Locator, cells: string[]): Promise<void> {
  const got = await row.locator('th, td').allTextContents();
  if (got.join('|') !== cells.join('|')) throw new Error(`expected ${cells.join(' | ')}, got ${got.join(' | ')}`);
}

export type { Page };
