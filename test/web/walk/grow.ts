import { approvedPilotWhileDeveloping } from './market';
import { area, expectDoneFromRecords, type Walk } from './walk';

/**
 * The grow part of the five-step walk: on the Grow it screen the pilot is started, evaluated and
 * decided SCALE (the decision first refused without a reason), its scaling plan is written, and
 * training is planned for staff and for residents, one of them done, which the chart shows; the
 * programme's economics say that the cost of growing is still unknown; then the board shows the
 * scaling item done from the plan, with nothing to tick.
 */
export async function growIt(walk: Walk): Promise<void> {
  const { page } = walk;
  if (process.env.WALK_FROM && !walk.shared.pilotName) await approvedPilotWhileDeveloping(walk);
  const pilotName = walk.shared.pilotName;

  await page.goto(area(walk, 'grow'));
  await page.getByRole('heading', { name: 'Decide what happens to each pilot' }).waitFor();
  await page.getByText('No pilot has been decided “scale up” yet.').waitFor();
  await walk.visit(page, 'grow-start');

  // Through the lifecycle to the decision, as far as the pilot still has to go.
  const decisions = page.getByRole('table', { name: 'The programme’s pilots and what can happen next' });
  const row = decisions.getByRole('row').filter({ has: page.getByRole('rowheader', { name: pilotName, exact: true }) });
  const start = row.getByRole('button', { name: `Start the pilot ${pilotName}` });
  const evaluate = row.getByRole('button', { name: `Begin the evaluation of ${pilotName}` });
  const decide = row.getByRole('button', { name: `Decide on ${pilotName}` });
  await start.or(evaluate).or(decide).first().waitFor();
  if (await start.isVisible()) {
    await start.click();
    await evaluate.waitFor();
  }
  if (await evaluate.isVisible()) {
    await evaluate.click();
    await decide.waitFor();
  }
  await decide.click();
  const dialog = page.getByRole('dialog', { name: `Decide on ${pilotName}` });
  await dialog.getByRole('button', { name: 'Record the decision' }).click();
  await dialog.getByText('Choose a decision.').first().waitFor();
  await walk.visit(page, 'grow-decide-errors');
  await dialog.getByRole('radio', { name: /^Scale it up/ }).check();
  await dialog
    .getByRole('textbox', { name: 'Why' })
    .fill('Repairs reported by the panel were fixed a week sooner on average, and tenants asked for it on the other estates.');
  await dialog.getByRole('button', { name: 'Record the decision' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await row.getByText('decided: scale up', { exact: true }).waitFor();

  // The scaling plan.
  const plan = page.getByRole('region', { name: `Scaling ${pilotName}` });
  const planForm = plan.getByRole('form', { name: 'Write the scaling plan' });
  await planForm.getByRole('combobox', { name: 'How it grows' }).selectOption({ label: 'Repeat it in other places' });
  await planForm
    .getByRole('textbox', { name: 'More about how (optional)' })
    .fill('Two more estates each year, starting with the ones whose tenants asked first.');
  // A new organisation starts with its default service areas: the plan reaches the first one offered.
  await planForm.getByRole('group', { name: 'Service areas it will reach' }).getByRole('checkbox').first().check();
  await planForm.getByRole('textbox', { name: 'People it should reach (optional)' }).fill('twelve hundred');
  await planForm.getByRole('button', { name: 'Save the scaling plan' }).click();
  await planForm.getByText('Enter a whole number of people, such as 250, or leave it empty.').first().waitFor();
  await walk.visit(page, 'grow-plan-errors');
  await planForm.getByRole('textbox', { name: 'People it should reach (optional)' }).fill('1200');
  await planForm
    .getByRole('textbox', { name: 'How it stays open' })
    .fill('The panel’s decisions and repair times are published on the tenants’ noticeboard every month.');
  await planForm.getByRole('button', { name: 'Save the scaling plan' }).click();
  await plan.getByText('Plan training for staff and for residents: the Grow it gate needs both.').waitFor();

  // Training for both sides; the staff training is done.
  const training = plan.getByRole('form', { name: `Add training for scaling ${pilotName}` });
  await training.getByRole('textbox', { name: 'Topic' }).fill('Sharing repair decisions with tenants');
  await training.getByRole('combobox', { name: 'Who it is for' }).selectOption({ label: 'Staff' });
  await training.getByRole('textbox', { name: 'Sessions' }).fill('2');
  await training.getByRole('button', { name: 'Add training' }).click();
  await plan.getByRole('rowheader', { name: 'Sharing repair decisions with tenants' }).waitFor();
  await training.getByRole('textbox', { name: 'Topic' }).fill('Reporting and checking repairs');
  await training.getByRole('combobox', { name: 'Who it is for' }).selectOption({ label: 'Residents' });
  await training.getByRole('textbox', { name: 'Sessions' }).fill('3');
  await training.getByRole('button', { name: 'Add training' }).click();
  await plan.getByText('Training is planned for staff and for residents, as the Grow it gate asks.').waitFor();
  await plan.getByRole('button', { name: 'Mark done: “Sharing repair decisions with tenants”' }).click();
  await plan.getByRole('button', { name: 'Mark not done: “Sharing repair decisions with tenants”' }).waitFor();

  const chart = page
    .getByRole('region', { name: 'Training progress' })
    .getByRole('figure')
    .filter({ hasText: 'Training done and still to do, by pilot and audience' });
  await chart.getByText(/1 of 1 staff training actions and 0 of 1 resident training actions are done\.$/).waitFor();
  await chart.locator('.chart__canvas svg').waitFor();
  await walk.visit(page, 'grow-training-chart');

  // What growing costs: neither the plan nor its training has a cost yet, and the page says what to do.
  const economics = page.getByRole('region', { name: 'What growing costs, and who gains' });
  await economics.getByText(/^Some costs of growing are still unknown\./).waitFor();
  await economics.getByRole('heading', { name: 'Who gains', level: 3 }).waitFor();
  await economics.scrollIntoViewIfNeeded();
  await walk.visit(page, 'grow-economics');

  // The scaling plan is the evidence: the board shows the item done with nothing to tick.
  await expectDoneFromRecords(walk, 'Grow it', 'Choose how to scale the pilots that worked', /decided SCALE has a scaling plan\.$/);
}
