import { area, boardChecklist, expectDoneFromRecords, loaded, type Walk } from './walk';

const TITLE = 'Northbridge follow-up survey';
const RESPONDENTS = 32;
const COLUMNS = [
  'environment.q1',
  'environment.q2',
  'environment.q3',
  'health.q1',
  'health.q2',
  'health.q3',
  'drivers.efficacy',
  'drivers.conditions.environment',
  'drivers.conditions.health',
];

/**
 * The doorstep round's spreadsheet: 32 residents, most often doing something for the local
 * environment (more often those who feel they can change things), seldom for health.
 */
function doorstepRound(): string {
  const rows = Array.from({ length: RESPONDENTS }, (_, i) => {
    const efficacy = ['never', 'sometimes', 'often'][i % 3];
    return [
      'often',
      'often',
      efficacy === 'never' ? 'sometimes' : 'often',
      'sometimes',
      i % 4 === 0 ? 'often' : 'sometimes',
      'never',
      efficacy,
      i % 2 ? 'often' : 'sometimes',
      i % 5 === 0 ? 'often' : 'never',
    ].join(',');
  });
  return [COLUMNS.join(','), ...rows].join('\n');
}

/** Found by asking on the estate where the survey pointed: two more local-environment initiatives. */
const FOUND = [
  { name: 'Millbrook estate litter pickers', input: 'Bags and grabbers from street cleansing' },
  { name: 'Balcony growers', input: 'Compost from the council depot' },
];

/**
 * Look here first, through the screens: a second survey, with the driver questions, filled from a
 * doorstep round's spreadsheet of 32 residents; its question-by-question results and what goes with
 * taking part read; the map then names the local environment as the place to look first (much
 * reported, one initiative mapped), the board's item stays open saying so; the manager records what
 * the residents pointed to, and the map and the board say there is nowhere left to look first.
 */
export async function lookHereFirst(walk: Walk): Promise<void> {
  const { page } = walk;
  await page.goto(area(walk, 'surveys'));
  await loaded(page);
  const create = page.getByRole('form', { name: 'Start a new survey' });
  await create.getByLabel('Title').fill(TITLE);
  await create
    .getByLabel('What it is for')
    .fill('A doorstep round on the two estates, to check the map against what neighbours say they do, and what goes with it.');
  await create.getByRole('checkbox', { name: 'Local environment' }).check();
  await create.getByRole('checkbox', { name: 'Health' }).check();
  await create.getByLabel('How respondents will be found').selectOption({ label: 'Door to door' });
  await create.getByLabel('Lawful basis').selectOption({ label: 'Public task' });
  await create.getByRole('checkbox', { name: 'Also ask what may go with taking part' }).check();
  await create.getByRole('button', { name: 'Start survey' }).click();
  await page.getByRole('link', { name: `Open “${TITLE}” to enter responses and see results` }).click();
  await page.getByRole('heading', { level: 2, name: TITLE }).waitFor();
  await loaded(page);

  const importForm = page.getByRole('form', { name: 'Import responses from a spreadsheet' });
  await importForm
    .getByLabel('CSV file')
    .setInputFiles({ name: 'doorstep.csv', mimeType: 'text/csv', buffer: Buffer.from(doorstepRound(), 'utf8') });
  await importForm.getByRole('button', { name: 'Check and import' }).click();
  await importForm.getByText(`Imported ${RESPONDENTS} responses. The results below include them.`).waitFor();
  await page.getByText(`${RESPONDENTS} responses`, { exact: true }).waitFor();

  // Question by question, with how many answered; then what goes with taking part, as associations.
  const questions = page.getByRole('region', { name: 'Question by question' });
  await questions
    .getByRole('row', { name: /sort your household waste/ })
    .getByRole('cell', { name: `100% (${RESPONDENTS} of ${RESPONDENTS})` })
    .waitFor();
  await questions
    .getByRole('row', { name: /patient group or a self-help group/ })
    .getByRole('cell', { name: 'nobody has answered it yet', exact: true })
    .waitFor();
  const drivers = page.getByRole('region', { name: 'What goes with taking part' });
  await drivers
    .getByText(
      new RegExp(
        `^Residents who more often report feeling that people like them can change things also tend to report more coproduction \\(r = 0\\.\\d\\d, ${RESPONDENTS} residents\\)\\.$`,
      ),
    )
    .waitFor();
  await drivers.getByText(/not what causes what/).waitFor();
  await questions.scrollIntoViewIfNeeded();
  await walk.visit(page, 'survey-questions-drivers');

  // The map names where to look first, and the board's item says the same.
  await page.goto(area(walk, 'map'));
  await loaded(page);
  const note = page.getByRole('note', { name: 'Look here first' });
  await note
    .getByRole('listitem')
    .filter({
      hasText: new RegExp(
        `^Local environment: \\d+% of the answers of ${RESPONDENTS} residents were “often”, and the map records 1 initiative there\\.$`,
      ),
    })
    .waitFor();
  if ((await note.getByRole('listitem').count()) !== 1) throw new Error('The map names more than the local environment to look at first');
  await note.scrollIntoViewIfNeeded();
  await walk.visit(page, 'map-look-here-first');
  const item = (await boardChecklist(walk, 'Map it')).getByRole('listitem', {
    name: 'Look first where residents report more than the map shows',
  });
  await item.getByText(/Look here first: residents report much more than the map shows in Local environment/).waitFor();

  // Asked on the estate, residents name two more groups: recorded, and nowhere is left to look first.
  await page.goto(area(walk, 'map'));
  await loaded(page);
  await page.getByRole('button', { name: 'Add initiatives' }).click();
  const add = page.getByRole('form', { name: 'Add initiatives' });
  for (const [index, found] of FOUND.entries()) {
    if (index > 0) await add.getByRole('button', { name: 'Add another row' }).click();
    const row = add.getByRole('group', { name: `Initiative ${index + 1}` });
    await row.getByLabel('Name').fill(found.name);
    await row.getByLabel('Service area').selectOption({ label: 'Local environment' });
    await row.getByRole('checkbox', { name: 'Co-delivery' }).check();
    await row.getByLabel('What the public body puts in').fill(found.input);
  }
  await add.getByRole('button', { name: 'Save these initiatives' }).click();
  await page.getByText('10 initiatives', { exact: true }).waitFor();
  await page.getByText(`The latest survey, “${TITLE}”, points to no area where residents report much more than the map shows.`).waitFor();
  await expectDoneFromRecords(
    walk,
    'Map it',
    'Look first where residents report more than the map shows',
    /points to no area where much more goes on than the map shows\.$/,
  );
}
