import type { Page } from 'playwright-core';
import { area, expectDoneFromRecords, loaded, type Walk } from './walk';

const PILOT = 'Tenant repair champions';
const METRIC = 'Repeat repair call-outs';

/** A day `daysAgo` before today, as the date fields take it (YYYY-MM-DD, London time). */
function dayBefore(daysAgo: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() - daysAgo * 86_400_000),
  );
}

async function proposeArea(page: Page, name: string, why: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Propose a priority area' });
  if (!(await form.isVisible())) await page.locator('summary', { hasText: 'Propose a priority area' }).click();
  await form.getByLabel('Service area').selectOption({ label: name });
  await form.getByLabel('Why consider it (optional)').fill(why);
  await form.getByRole('button', { name: 'Propose area' }).click();
  await page.getByRole('listitem', { name: new RegExp(name) }).waitFor();
}

async function score(
  page: Page,
  name: string,
  marks: { need: string; feasibility: string; appetite: string; impact: string },
): Promise<void> {
  const item = page.getByRole('listitem', { name: new RegExp(name) });
  await item.getByRole('button', { name: 'Score this area' }).click();
  const form = page.getByRole('form', { name: `Your scores for ${name}` });
  await form.getByLabel('Need for change').selectOption(marks.need);
  await form.getByLabel('Feasibility').selectOption(marks.feasibility);
  await form.getByLabel('Citizens’ appetite').selectOption(marks.appetite);
  await form.getByLabel('Expected impact').selectOption(marks.impact);
  return form.getByRole('button', { name: 'Save my scores' }).click();
}

/**
 * Focus it through its screens: two service areas proposed, scored and one chosen; a pilot
 * proposed (after a refused, empty form) and approved with a reason; an outcome measure with its
 * baseline, target and two measurements, drawn as a chart; costs and savings beside the
 * reference cases. The board then shows the choice of areas done from the records, with nothing to tick.
 */
export async function focusIt(walk: Walk): Promise<void> {
  const { page } = walk;
  await page.goto(area(walk, 'focus'));
  await page.getByRole('heading', { level: 2, name: 'Priority areas' }).waitFor();
  await loaded(page);
  await page.getByText('No priority areas have been proposed for this programme yet.').waitFor();
  await walk.visit(page, 'focus-empty');

  // Priority areas: proposed, scored by the owner, ranked and one chosen.
  await proposeArea(page, 'Housing', 'Repairs are the top complaint in tenant surveys.');
  await proposeArea(page, 'Local environment', 'Residents already run litter picks on two estates.');
  await page
    .getByRole('listitem', { name: /Housing/ })
    .getByRole('button', { name: 'Score this area' })
    .click();
  const housingForm = page.getByRole('form', { name: 'Your scores for Housing' });
  await housingForm.getByRole('button', { name: 'Save my scores' }).click();
  await housingForm.getByText('Give a mark for Need for change.').first().waitFor();
  await walk.visit(page, 'focus-score-errors');
  await housingForm.getByRole('button', { name: 'Cancel' }).click();
  await score(page, 'Housing', { need: '5', feasibility: '4', appetite: '4', impact: '5' });
  await page
    .getByRole('listitem', { name: /Housing/ })
    .getByText('Overall score 4.5 out of 5, from 1 member.')
    .waitFor();
  await score(page, 'Local environment', { need: '3', feasibility: '4', appetite: '3', impact: '2' });
  await page
    .getByRole('listitem', { name: /Local environment/ })
    .getByText('Overall score 3 out of 5, from 1 member.')
    .waitFor();
  const ranked = page.getByRole('list', { name: 'Priority areas, ranked' });
  const first = await ranked.getByRole('listitem').first().textContent();
  if (!first?.includes('Housing')) throw new Error(`Housing should rank first, but the first area is: ${first}`);
  await page
    .getByRole('listitem', { name: /Housing/ })
    .getByRole('button', { name: 'Choose for piloting' })
    .click();
  await page.getByText('Chosen for piloting: Housing.').waitFor();
  await page.getByText('How the ranking is worked out').click();
  await walk.visit(page, 'focus-areas-ranked');

  // A pilot: an empty proposal is refused field by field, then a filled one is proposed.
  const proposal = page.getByRole('form', { name: 'Propose a pilot' });
  await proposal.getByRole('button', { name: 'Propose pilot' }).click();
  await proposal.getByText('Give the pilot a name.').first().waitFor();
  await walk.visit(page, 'focus-pilot-form-errors');
  await proposal.getByLabel('Pilot name').fill(PILOT);
  await proposal
    .getByLabel('Hypothesis')
    .fill('If tenants report and check repairs with the repairs team, repeat call-outs on the estate will fall.');
  await proposal.getByLabel('Priority area').selectOption({ label: 'Housing (chosen)' });
  await proposal.getByLabel('Start date').fill(dayBefore(75));
  await proposal.getByLabel('End date').fill(dayBefore(-90));
  await proposal.getByLabel('Budget (GBP)').fill('12000');
  await proposal.getByLabel('Participants aimed for').fill('20');
  await proposal.getByRole('button', { name: 'Propose pilot' }).click();
  await page.getByRole('heading', { level: 2, name: PILOT }).waitFor();
  await page.getByText('Proposed and waiting for a decision').waitFor();
  await walk.visit(page, 'focus-pilot-proposed');
  walk.shared.pilotName = PILOT;

  // Approved, with a reason; the dialog says what approving means.
  await page.getByRole('button', { name: 'Approve the pilot' }).click();
  const dialog = page.getByRole('dialog', { name: 'Approve the pilot' });
  await dialog.getByLabel('Reason (optional)').fill('Small, cheap and the tenants’ panel asked for it');
  await walk.visit(page, 'focus-pilot-approve-dialog');
  await dialog.getByRole('button', { name: 'Approve the pilot' }).click();
  await page.getByRole('button', { name: 'Start the pilot' }).waitFor();

  // An outcome measure with baseline and target, and two measurements: the chart and its table.
  const addMetric = page.getByRole('region', { name: 'Add an outcome measure' });
  await addMetric.getByRole('button', { name: 'Add measure' }).click();
  await addMetric.getByText('Say what is measured.').first().waitFor();
  await addMetric.getByLabel('What is measured').fill(METRIC);
  await addMetric.getByLabel('Unit').fill('call-outs a month');
  await addMetric.getByLabel('Which way is better').selectOption('LOWER_IS_BETTER');
  await addMetric.getByLabel('Baseline').fill('40');
  await addMetric.getByLabel('Target').fill('25');
  await addMetric.getByRole('button', { name: 'Add measure' }).click();
  const measure = page.getByRole('form', { name: `Record a measurement of ${METRIC}` });
  for (const [daysAgo, value] of [
    [45, '36'],
    [15, '31'],
  ] as const) {
    await measure.getByLabel('Date measured').fill(dayBefore(daysAgo));
    await measure.getByLabel('Value (call-outs a month)').fill(value);
    await measure.getByRole('button', { name: 'Record measurement' }).click();
    await page.getByText(`Latest: ${value} call-outs a month`).waitFor();
  }
  await page.getByText(`${METRIC}: 2 measurements`).waitFor();
  await page.locator('.chart__canvas svg').first().waitFor();
  await page.getByText('Show the figures as a table').first().click();
  await walk.visit(page, 'focus-pilot-chart');

  // Costs and savings: the ratio, per participant, beside the reference cases.
  const addLine = page.getByRole('region', { name: 'Record a cost, saving or benefit' });
  for (const [kind, amount, description] of [
    ['Cost', '4000', 'Repairs officer time and tenant training'],
    ['Cashable saving', '5200', 'Fewer repeat call-outs'],
  ] as const) {
    await addLine.getByLabel('Kind').selectOption({ label: kind });
    await addLine.getByLabel('Amount (GBP)').fill(amount);
    await addLine.getByLabel('Description (optional)').fill(description);
    await addLine.getByRole('button', { name: 'Record it' }).click();
    await page.getByRole('cell', { name: description }).waitFor();
  }
  await page.getByText('1.3 : 1', { exact: true }).waitFor();
  await page.getByRole('heading', { name: 'Time banks' }).waitFor();
  // People reached so far, counted by hand until People it enrols them: the figures per participant.
  await page.getByRole('button', { name: 'Edit details' }).click();
  const details = page.getByRole('form', { name: `Edit the details of ${PILOT}` });
  await details.getByLabel('People reached so far').fill('12');
  await details.getByRole('button', { name: 'Save details' }).click();
  await page.getByRole('heading', { name: 'Per participant (12 people reached)' }).waitFor();
  await page.getByText('£333.33').waitFor();
  await page.getByRole('heading', { name: 'Costs and benefits' }).scrollIntoViewIfNeeded();
  await walk.visit(page, 'focus-pilot-economics');

  // The back link returns to the area, which lists the approved pilot.
  await page.getByRole('link', { name: '← Back to Focus it' }).click();
  await page
    .getByRole('row', { name: new RegExp(PILOT) })
    .getByText('Approved')
    .waitFor();
  await loaded(page);
  await walk.visit(page, 'focus-with-pilot');

  // The chosen area, with its reason, is the evidence: the board shows the item done with nothing to tick.
  await expectDoneFromRecords(
    walk,
    'Focus it',
    'Choose the service areas to start in',
    /^1 of 2 proposed priority areas is chosen, with the reason written down\.$/,
  );
}
