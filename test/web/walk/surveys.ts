import type { Page } from 'playwright-core';
import { area, loaded, tabTo, type Walk } from './walk';

const TITLE = 'Northbridge neighbourhood survey';
const PURPOSE =
  'We want to know how often neighbours already look after the estate, so the repairs programme can back what people do rather than start from scratch.';

/** Staff answers typed from a paper form (question key → answer). */
const PAPER = {
  'environment.q1': 'Often',
  'environment.q2': 'Sometimes',
  'environment.q3': 'Sometimes',
  'health.q1': 'Never',
  'health.q2': 'Sometimes',
  'health.q3': 'Often',
} as const;

/** A spreadsheet typed up after a street stall: two answers misspelt, each in its own row and column. */
const WITH_MISTAKES = [
  'environment.q1,environment.q2,environment.q3,health.q1',
  'often,never,sometimes,nevr',
  'sometimes,allways,often,',
].join('\n');
const CORRECTED = [
  'environment.q1,environment.q2,environment.q3,health.q1,health.q2,health.q3',
  'often,never,sometimes,never,often,often',
  'sometimes,often,often,,sometimes,never',
].join('\n');

const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

/**
 * The surveys part of the walk, through the Surveys work area and the residents' page only: a
 * survey started (a refused save first), its public link copied and opened on a phone by a
 * resident who answers it (partly by keyboard), a paper response entered by hand, a spreadsheet
 * refused with its mistakes against row and column and then imported once corrected, and the
 * results read beside the 2008 figures with their caveats.
 */
export async function surveys(walk: Walk): Promise<void> {
  const { page } = walk;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: walk.server.url });
  await page.goto(area(walk, 'surveys'));
  await loaded(page);
  await page.getByText('This organisation has not run a survey yet.').waitFor();
  await walk.visit(page, 'surveys-empty');

  // Started without the required answers: each is named next to its field.
  const create = page.getByRole('form', { name: 'Start a new survey' });
  await create.getByRole('button', { name: 'Start survey' }).click();
  await create.getByRole('alert').getByText('Choose at least one policy area.').waitFor();
  await create.getByText('Choose the lawful basis residents will be told.').last().waitFor();
  await walk.visit(page, 'surveys-create-errors');

  await create.getByLabel('Title').fill(TITLE);
  await create.getByLabel('What it is for').fill(PURPOSE);
  await create.getByRole('checkbox', { name: 'Local environment' }).check();
  await create.getByRole('checkbox', { name: 'Health' }).check();
  await create.getByLabel('How respondents will be found').selectOption({ label: 'Door to door' });
  await create.getByLabel('Lawful basis').selectOption({ label: 'Public task' });
  await create.getByRole('button', { name: 'Start survey' }).click();

  // The link, shown once: copied with the button.
  const shown = page.getByRole('region', { name: `The public link of “${TITLE}”` });
  await shown.getByRole('button', { name: 'Copy' }).click();
  await shown.getByText('Copied to the clipboard.').waitFor();
  const link = await page.evaluate(() => (globalThis as any).navigator.clipboard.readText() as Promise<string>);
  if (!/\/responses\/[\w-]+$/.test(link) || link !== (await shown.getByLabel('Public link for residents').inputValue()))
    throw new Error(`The copied link is not the survey's: ${link}`);
  await page.getByRole('table').getByRole('link', { name: TITLE }).waitFor();
  await walk.visit(page, 'surveys-link-shown');

  await answerOnPhone(walk, link);

  // The survey's own page: a response from a paper form, typed in.
  await page.getByRole('link', { name: `Open “${TITLE}” to enter responses and see results` }).click();
  await page.getByRole('heading', { level: 2, name: TITLE }).waitFor();
  await loaded(page);
  await page.getByText('1 response', { exact: true }).waitFor();
  await walk.visit(page, 'survey-detail');

  const entry = page.getByRole('form', { name: 'Enter a response by hand' });
  await entry.getByRole('button', { name: 'Save response' }).click();
  await entry.getByText('Answer at least one question before saving the response.').waitFor();
  for (const [key, answer] of Object.entries(PAPER)) {
    const question = await questionText(page, key);
    await entry.getByRole('group', { name: question, exact: true }).getByRole('radio', { name: answer }).check();
  }
  await entry.getByRole('button', { name: 'Save response' }).click();
  await page.getByText('2 responses', { exact: true }).waitFor();
  await walk.visit(page, 'survey-entered');

  // A spreadsheet with mistakes: refused, each against its row and column, nothing written.
  const importForm = page.getByRole('form', { name: 'Import responses from a spreadsheet' });
  await importForm.getByLabel('CSV file').setInputFiles(csv('stall.csv', WITH_MISTAKES));
  await importForm.getByRole('button', { name: 'Check and import' }).click();
  const problems = importForm.getByRole('table', { name: 'Problems in the file, by row and column' });
  await problems.getByRole('row').filter({ hasText: 'health.q1' }).getByRole('rowheader', { name: '1', exact: true }).waitFor();
  await problems.getByRole('row').filter({ hasText: 'environment.q2' }).getByRole('rowheader', { name: '2', exact: true }).waitFor();
  await importForm.getByText(/Nothing was imported: the file has 2 problems/).waitFor();
  await page.getByText('2 responses', { exact: true }).waitFor();
  await walk.visit(page, 'survey-import-errors');

  await importForm.getByLabel('CSV file').setInputFiles(csv('stall-fixed.csv', CORRECTED));
  await importForm.getByRole('button', { name: 'Check and import' }).click();
  await importForm.getByText('Imported 2 responses. The results below include them.').waitFor();
  await page.getByText('4 responses', { exact: true }).waitFor();
  await walk.visit(page, 'survey-imported');

  // The results beside the 2008 figures, with what to bear in mind, and the chart's figures as a table.
  const results = page.getByRole('region', { name: 'Results', exact: true });
  const chart = results.getByRole('figure');
  await chart.locator('svg').first().waitFor();
  await results.getByText('(through the link 1, entered by hand 1, imported 2)').waitFor();
  await results
    .getByRole('region', { name: 'Read these figures with care' })
    .getByText(/this product.s own/)
    .waitFor();
  await chart.getByText('Show the figures as a table').click();
  await chart
    .getByRole('row', { name: /Local environment/ })
    .getByRole('cell', { name: '61', exact: true })
    .waitFor();
  await results.scrollIntoViewIfNeeded();
  await walk.visit(page, 'survey-results');

  walk.shared.surveyName = TITLE;
}

/** A question's wording on the survey's page, by its key (as the import's columns name it). */
async function questionText(page: Page, key: string): Promise<string> {
  const keys = (await page.locator('.survey-keys').textContent())!.split(',');
  const index = keys.indexOf(key);
  const legends = page.getByRole('form', { name: 'Enter a response by hand' }).locator('fieldset.question > legend');
  return (await legends.nth(index).textContent())!;
}

/** A resident opens the link on a phone, reads why and on what basis, answers (the first by keyboard) and sends. */
async function answerOnPhone(walk: Walk, link: string): Promise<void> {
  const context = await walk.newContext({ phone: true });
  try {
    const phone = await context.newPage();
    await phone.goto(link);
    await phone.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await phone.getByText(PURPOSE).waitFor();
    await phone.getByText(/lawful basis is “public task”/).waitFor();
    // Nothing of the organisation or the app beyond this survey.
    if ((await phone.locator('a, nav').count()) > 0) throw new Error('The residents’ page links elsewhere');
    const width = await phone.evaluate(() => (globalThis as any).document.documentElement.scrollWidth as number);
    if (width > 390) throw new Error(`The residents’ page is wider than the phone (${width}px)`);
    await walk.visit(phone, 'respond-phone-form');

    // Sent with nothing chosen: told what to do, with the focus on the message.
    await phone.getByRole('button', { name: 'Send my answers' }).tap();
    await phone.getByRole('alert').getByText('Choose an answer to at least one question before sending.').waitFor();

    const groups = phone.getByRole('group');
    // The first answer by keyboard: Tab to the first choice, then the arrow keys move along the scale.
    const first = groups.first().getByRole('radio', { name: 'Never' });
    await tabTo(phone, first);
    await phone.keyboard.press('Space');
    await phone.keyboard.press('ArrowRight');
    await phone.keyboard.press('ArrowRight');
    if (!(await groups.first().getByRole('radio', { name: 'Often' }).isChecked()))
      throw new Error('The arrow keys did not move the answer along the scale');
    const count = await groups.count();
    for (let i = 1; i < count; i++)
      await groups
        .nth(i)
        .getByText(i % 3 === 0 ? 'Never' : i % 2 === 0 ? 'Often' : 'Sometimes', { exact: true })
        .tap();
    await phone.getByText(`${count} of ${count} answered`).waitFor();
    await walk.visit(phone, 'respond-phone-answered');
    await phone.getByRole('button', { name: 'Send my answers' }).tap();
    await phone.getByRole('heading', { level: 1, name: 'Thank you' }).waitFor();
    await phone.getByRole('heading', { name: 'What happens next' }).waitFor();
    await walk.visit(phone, 'respond-phone-thanks');
  } finally {
    await context.close();
  }
}
