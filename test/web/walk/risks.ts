import type { Locator } from 'playwright-core';
import { area, loaded, tabTo, type Walk } from './walk';

/** Today as the date fields take it (YYYY-MM-DD) and as the residents' page says it (6 December 2026), London time. */
const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const inWords = (date: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(`${date}T00:00:00Z`),
  );

/** As the screens show a day (6 Dec 2026). */
const shortly = (date: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', dateStyle: 'medium' }).format(new Date(`${date}T00:00:00Z`));

const RISK = 'Tenants stop coming to the repairs panel over the winter';
const SUBJECT = 'Whether repairs can be booked on Saturday mornings';
const DECISION = 'Saturday morning repair slots for six months, then a review with the panel';
const SURVEY_DECISION = 'Tenants who already look after the estate get first say on which repairs come first';
const SURVEY_REASON = 'The survey found neighbours often looking after the estate already, so the panel builds on what they do.';
const SURVEY_RESULT = 'Twelve tenants from the estate litter picks joined the repairs panel.';
const RESULT = 'Twenty repairs were booked into Saturday slots in the first month.';
const REASON = 'Most tenants who work cannot be in on weekdays, and the repairs team can cover mornings with overtime.';

/**
 * The risks and disagreements area as a programme manager uses it, partly by keyboard: a risk
 * recorded (refused first, the missing field named beside it) and put under mitigation; a
 * disagreement between tenants and the repairs team recorded (refused with one group only) and
 * decided by the programme board; a decision answering the residents' survey recorded (refused
 * until its source is chosen) with what came of it; both shown on the "you said, we did" page,
 * whose new link a resident opens without signing in and reads the decisions in plain words.
 */
export async function risks(walk: Walk): Promise<void> {
  const { page } = walk;
  await page.goto(area(walk, 'market'));
  await page.getByRole('navigation', { name: 'Work on this programme' }).getByRole('link', { name: 'Risks & disagreements' }).click();
  await page.getByRole('heading', { level: 1, name: /^Risks & disagreements/ }).waitFor();
  await loaded(page);
  const riskRegion = page.getByRole('region', { name: 'Risks', exact: true });
  await riskRegion.getByText('No risks recorded yet').waitFor();
  await page.getByRole('region', { name: 'Disagreements between groups' }).getByText('No disagreements recorded').waitFor();
  await walk.visit(page, 'risks-empty');

  // A risk, by keyboard: the form opens on its first field; sent empty, the missing field is named beside it.
  await tabTo(page, riskRegion.getByRole('button', { name: 'Add a risk' }));
  await page.keyboard.press('Enter');
  const kind = riskRegion.getByRole('combobox', { name: 'Kind of risk' });
  await expectFocused(kind);
  await tabTo(page, riskRegion.getByRole('button', { name: 'Add a risk' }));
  await page.keyboard.press('Enter');
  await riskRegion.getByRole('alert').getByText('Say what could go wrong.').waitFor();
  const description = riskRegion.getByRole('textbox', { name: 'What could go wrong' });
  if ((await description.getAttribute('aria-invalid')) !== 'true') throw new Error('The missing description is not marked invalid');
  await walk.visit(page, 'risks-add-errors');

  await kind.selectOption({ label: 'People stop taking part' });
  await tabTo(page, description);
  await page.keyboard.type(RISK);
  await riskRegion.getByRole('combobox', { name: /^How likely/ }).selectOption('4');
  await riskRegion.getByRole('combobox', { name: /^How bad/ }).selectOption('3');
  await tabTo(page, riskRegion.getByRole('textbox', { name: 'Who watches it' }));
  await page.keyboard.type('Community development team');
  await tabTo(page, riskRegion.getByRole('textbox', { name: 'What is being done about it' }));
  await page.keyboard.type('Meetings move to the estate office, with early-evening sessions from November.');
  await tabTo(page, riskRegion.getByRole('button', { name: 'Add a risk' }));
  await page.keyboard.press('Enter');
  const risk = riskRegion.getByRole('listitem').filter({ hasText: RISK });
  await risk.getByText('Weight 12 of 25 (medium) · Watched by Community development team').waitFor();
  await risk.getByRole('combobox', { name: `Status of "${RISK}"` }).selectOption({ label: 'Being mitigated' });
  await risk
    .getByRole('combobox', { name: `Status of "${RISK}"` })
    .and(page.locator(':enabled'))
    .waitFor();
  if ((await risk.getByRole('combobox', { name: `Status of "${RISK}"` }).inputValue()) !== 'MITIGATING')
    throw new Error('The risk is not being mitigated');
  await walk.visit(page, 'risks-risk-added');

  // A disagreement: one group is not a disagreement; two are.
  const disagreements = page.getByRole('region', { name: 'Disagreements between groups' });
  await disagreements.getByRole('button', { name: 'Record a disagreement' }).click();
  const groups = disagreements.getByRole('textbox', { name: 'Groups that differ' });
  await expectFocused(groups);
  await groups.fill('Tenants of the Millbrook estate');
  await disagreements.getByRole('textbox', { name: 'What they differ about' }).fill(SUBJECT);
  await disagreements.getByRole('button', { name: 'Record a disagreement' }).click();
  await disagreements.getByRole('alert').getByText('Name at least two groups, one a line.').waitFor();
  await walk.visit(page, 'risks-disagreement-errors');
  await groups.fill('Tenants of the Millbrook estate\nThe repairs team');
  await disagreements.getByRole('combobox', { name: 'Who decides' }).selectOption({ label: 'Programme board' });
  await disagreements.getByRole('button', { name: 'Record a disagreement' }).click();
  const disagreement = disagreements.getByRole('listitem').filter({ hasText: SUBJECT });
  await disagreement.getByText('Between Tenants of the Millbrook estate, The repairs team').waitFor();

  // The board decides it, with its reason and the day.
  await disagreement.getByRole('button', { name: 'Record the decision' }).click();
  await disagreement.getByRole('textbox', { name: 'What was decided' }).fill(DECISION);
  await disagreement.getByRole('textbox', { name: 'Why' }).fill(REASON);
  await disagreement.getByLabel('Decided on').fill(today());
  await walk.visit(page, 'risks-arbitration');
  await disagreement.getByRole('button', { name: 'Record the decision' }).click();
  await disagreement.getByText(`Decided on ${shortly(today())} by Programme board: ${DECISION}`).waitFor();
  await disagreement.getByText('Decided', { exact: true }).waitFor();

  // Shown on the "you said, we did" page, and the page given a link, shown once with the focus on it.
  const outcome = page.getByRole('region', { name: 'You said, we did' });
  const show = outcome.getByRole('checkbox', { name: `Show "${DECISION}" on the page` });
  await tabTo(page, show);
  await page.keyboard.press('Space');
  await show.and(page.locator(':checked:enabled')).waitFor();
  // A week on, what came of it.
  const decided = outcome.getByRole('listitem').filter({ hasText: DECISION });
  await decided.getByRole('button', { name: `Say what came of it: "${DECISION}"` }).click();
  await expectFocused(decided.getByRole('textbox', { name: 'What came of it (optional)' }));
  await page.keyboard.type(RESULT);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await decided.getByText(`Settles a disagreement between groups · What came of it: ${RESULT}`).waitFor();

  // A decision answering the survey residents filled in: refused until its source is chosen, then recorded with what came of it, and shown.
  const surveyName = walk.shared.surveyName;
  if (surveyName) {
    await outcome.getByRole('button', { name: 'Record a decision on what people said' }).click();
    const record = outcome.getByRole('form', { name: 'Record a decision on what people said' });
    const answers = record.getByRole('combobox', { name: 'What it answers' });
    await expectFocused(answers);
    await record.getByRole('textbox', { name: 'What was decided' }).fill(SURVEY_DECISION);
    await record.getByRole('button', { name: 'Save the decision' }).click();
    await record.getByRole('alert').getByText('Choose what the decision answers.').waitFor();
    await walk.visit(page, 'risks-record-decision-errors');
    await answers.selectOption({ label: 'A residents’ survey' });
    await record.getByRole('combobox', { name: 'Which survey' }).selectOption({ label: surveyName });
    await record.getByRole('textbox', { name: 'Why' }).fill(SURVEY_REASON);
    await record.getByLabel('Decided on').fill(today());
    await record.getByRole('textbox', { name: /^What came of it/ }).fill(SURVEY_RESULT);
    await record.getByRole('button', { name: 'Save the decision' }).click();
    await record.waitFor({ state: 'detached' });
    // The tick follows the server's answer, so it is clicked and then awaited rather than checked.
    await outcome.getByRole('checkbox', { name: `Show "${SURVEY_DECISION}" on the page` }).click();
    await outcome
      .getByRole('checkbox', { name: `Show "${SURVEY_DECISION}" on the page` })
      .and(page.locator(':checked:enabled'))
      .waitFor();
  }
  await outcome.getByRole('button', { name: 'Make a link' }).click();
  const address = outcome.getByRole('textbox', { name: /^The page’s address, shown only now/ });
  await expectFocused(address);
  const url = await address.inputValue();
  if (!url.startsWith(`${walk.server.url}/feeds/`) || !url.endsWith('/you-said-we-did'))
    throw new Error(`The page's address looks wrong: ${url}`);
  await outcome.getByText(/^The page has had a link since \d{1,2} \w{3} \d{4}\./).waitFor();
  await walk.visit(page, 'risks-page-link');

  // A resident opens it on a phone, signed in to nothing, and reads the decision in plain words.
  const context = await walk.newContext({ phone: true });
  try {
    const phone = await context.newPage();
    const response = await phone.goto(url);
    if (response?.status() !== 200) throw new Error(`The residents' page answered ${response?.status()}`);
    await phone.getByRole('heading', { level: 1, name: 'You said, we did: Tenant-led repairs' }).waitFor();
    const article = phone.getByRole('article').filter({ has: phone.getByRole('heading', { name: `Where views differed on: ${SUBJECT}` }) });
    const said = async (term: string) => (await article.locator('dt', { hasText: term }).locator('+ dd').textContent())?.trim();
    const expected: Array<[string, string]> = [
      ['You said', 'The groups whose views differed: Tenants of the Millbrook estate; The repairs team'],
      ['What was decided', DECISION],
      ['Why', REASON],
      ['Who decided', 'The programme board'],
      ['When', inWords(today())],
      ['We did', RESULT],
    ];
    for (const [term, words] of expected) {
      const got = await said(term);
      if (got !== words) throw new Error(`The residents' page says "${got}" under "${term}", not "${words}"`);
    }
    if (surveyName) {
      const answered = phone
        .getByRole('article')
        .filter({ has: phone.getByRole('heading', { name: `Answers to the survey: ${surveyName}` }) });
      for (const words of ['Your answers to the survey named above', SURVEY_DECISION, SURVEY_REASON, SURVEY_RESULT])
        await answered.getByText(words, { exact: true }).waitFor();
    }
    const width = await phone.evaluate(() => (globalThis as any).document.documentElement.scrollWidth as number);
    if (width > 390) throw new Error(`The residents' page is wider than the phone (${width}px)`);
    if ((await phone.getByText('Pat Organiser').count()) > 0) throw new Error('The residents’ page names the manager');
    await walk.visit(phone, 'risks-you-said-we-did');
  } finally {
    await context.close();
  }
}

/** Waits until `target` has the focus (a form opened on its first field, a link's box shown). */
async function expectFocused(target: Locator): Promise<void> {
  await target.waitFor();
  await target.page().waitForFunction((element: any) => element === element?.ownerDocument.activeElement, await target.elementHandle());
}
