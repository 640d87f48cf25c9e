import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { area, loaded, tickOnBoard, type Walk } from './walk';

/** Today as the date fields take it (YYYY-MM-DD, London time, as the walk's organisation). */
const today = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

interface Person {
  name: string;
  kind: string;
  basis: 'Consent' | 'Public task';
  contact?: string;
  skills: string[];
  motivation: string;
  hours: string;
}

const AMIRA: Person = {
  name: 'Amira Haddad',
  kind: 'Resident or service user',
  basis: 'Consent',
  contact: 'amira@example.org',
  skills: ['Listening', 'Plumbing'],
  motivation: '5',
  hours: '8',
};
const TOM: Person = {
  name: 'Tom Briggs',
  kind: 'Member of staff',
  basis: 'Public task',
  skills: ['Plumbing'],
  motivation: '3',
  hours: '2',
};
const JO: Person = {
  name: 'Jo Marsh',
  kind: 'Resident or service user',
  basis: 'Consent',
  contact: '07700 900123',
  skills: ['Translation'],
  motivation: '4',
  hours: '3',
};

/** Fills the add-a-participant form (the lawful basis first: the personal fields only then appear) and sends it. */
async function addParticipant(walk: Walk, person: Person, visitAs?: string): Promise<void> {
  const { page } = walk;
  await page.goto(area(walk, 'people'));
  await page.getByRole('link', { name: 'Add a participant' }).click();
  const form = page.getByRole('form', { name: 'Add a participant' });
  await form.getByLabel('Who they are').selectOption({ label: person.kind });
  await form.getByRole('radio', { name: new RegExp(`^${person.basis}`) }).check();
  if (person.basis === 'Consent') {
    await form.getByLabel('Date consent was given').fill(today());
    await form.getByLabel('How consent was given').fill('Signed form at the estate drop-in');
    await form.getByLabel('What they consented to').fill('Being contacted about the repairs pilot and taking part in its design sessions');
  }
  await form.getByLabel('Name', { exact: true }).fill(person.name);
  if (person.contact) await form.getByLabel('How to reach them (optional)').fill(person.contact);
  for (const skill of person.skills) await form.getByRole('checkbox', { name: skill }).check();
  await form.getByLabel('How keen are they?').selectOption(person.motivation);
  await form.getByLabel('Hours a month they can give').fill(person.hours);
  if (visitAs) await walk.visit(page, visitAs);
  await form.getByRole('button', { name: 'Add participant' }).click();
  await page.getByRole('heading', { level: 2, name: person.name }).waitFor();
}

async function addSkill(page: Page, name: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Add a skill' });
  await form.getByLabel('Skill', { exact: true }).fill(name);
  await form.getByRole('button', { name: 'Add skill' }).click();
  await page
    .getByRole('list', { name: /skills?$/ })
    .getByText(name, { exact: true })
    .waitFor();
}

/**
 * People it through its screens: skills listed; participants added, each with the lawful basis
 * asked for before their details (the empty form refused first); the pilot from Focus it told what
 * it needs, its best matches read with their reasons and two enrolled with a self-efficacy reading;
 * a later reading shows the change as a chart; one of them withdrawn, still counted as reached;
 * one person's data downloaded and then erased, the
 * dialog saying what goes and what stays. Involving participants in design is ticked on the board.
 */
export async function peopleIt(walk: Walk): Promise<void> {
  const { page } = walk;
  if (process.env.WALK_FROM && !walk.shared.pilotName) await approvedPilotWhileDeveloping(walk);
  const pilotName = walk.shared.pilotName;
  if (!pilotName) throw new Error('People it needs the pilot approved in Focus it (walk.shared.pilotName)');

  await page.goto(area(walk, 'people'));
  await page.getByRole('heading', { level: 2, name: 'Participants' }).waitFor();
  await loaded(page);
  await page.getByText('No participants yet.').waitFor();
  await walk.visit(page, 'people-empty');

  // Skills: an empty name is refused next to its field, then three are listed.
  await page.getByRole('form', { name: 'Add a skill' }).getByRole('button', { name: 'Add skill' }).click();
  await page.getByRole('form', { name: 'Add a skill' }).getByText('Enter the skill’s name.').first().waitFor();
  for (const skill of ['Listening', 'Plumbing', 'Translation']) await addSkill(page, skill);

  // The form asks for the lawful basis before any personal field; sent empty, it says what is missing.
  await page.getByRole('link', { name: 'Add a participant' }).click();
  const form = page.getByRole('form', { name: 'Add a participant' });
  await form.getByRole('group', { name: 'Lawful basis for holding their details' }).waitFor();
  if ((await form.getByLabel('Name', { exact: true }).count()) !== 0)
    throw new Error('A personal field is shown before a lawful basis is chosen');
  await walk.visit(page, 'people-add-basis-first');
  await form.getByRole('button', { name: 'Add participant' }).click();
  await form.getByText('Choose the lawful basis for holding their details.').first().waitFor();
  await walk.visit(page, 'people-add-errors');

  await addParticipant(walk, AMIRA, 'people-add-filled');
  await page.getByText('Added. Next, enrol them in a pilot').waitFor();
  await walk.visit(page, 'people-participant');
  // Edited: she can now give more time.
  await page.getByRole('button', { name: 'Change details' }).click();
  const edit = page.getByRole('form', { name: 'Change their details' });
  await edit.getByLabel('Hours a month they can give').waitFor();
  await walk.visit(page, 'people-participant-edit');
  await edit.getByLabel('Hours a month they can give').fill('10');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await page.getByText('10 hours a month').waitFor();
  await addParticipant(walk, TOM);
  await addParticipant(walk, JO);
  await page.goto(area(walk, 'people'));
  await page.getByRole('cell', { name: 'Listening, Plumbing' }).waitFor();
  await loaded(page);
  await walk.visit(page, 'people-list');

  // The pilot: what it needs, who fits best and why, enrolment with a first reading.
  await page.getByRole('link', { name: pilotName, exact: true }).click();
  await page.getByRole('heading', { level: 2, name: `People for ${pilotName}` }).waitFor();
  await page.getByText('Nothing set yet: everyone scores full marks').waitFor();
  const needs = page.getByRole('form', { name: 'Say what it needs' });
  await needs.getByRole('checkbox', { name: 'Listening' }).check();
  await needs.getByRole('checkbox', { name: 'Plumbing' }).check();
  await needs.getByLabel('Hours a month asked of each person').fill('4');
  await needs.getByRole('button', { name: 'Save what it needs' }).click();
  await page.getByText('Skills: Listening, Plumbing. Time: 4 hours a month.').waitFor();
  const amira = page.getByRole('listitem', { name: AMIRA.name });
  await amira.getByText('Fit: 100 out of 100').waitFor();
  await amira.getByText('Skills: has 2 of the 2 the pilot needs (50 of 50 points).').waitFor();
  const tom = page.getByRole('listitem', { name: TOM.name });
  await tom.getByText('Lacks: Listening.').waitFor();
  await tom.getByText('Time: can give 2 of the 4 hours a month asked (12.5 of 25 points).').waitFor();
  await walk.visit(page, 'people-pilot-matches');

  for (const [person, role, reading] of [
    [AMIRA, 'Repairs reporter for her block', '2'],
    [TOM, 'Repairs team contact', '3'],
  ] as const) {
    const card = page.getByRole('listitem', { name: person.name });
    await card.getByRole('button', { name: `Enrol ${person.name}…` }).click();
    await card.getByLabel('Their role in the pilot').fill(role);
    await card.getByLabel('Self-efficacy now').selectOption(reading);
    if (person === AMIRA) await walk.visit(page, 'people-enrol-form');
    await card.getByRole('button', { name: `Enrol ${person.name}`, exact: true }).click();
    await page.getByRole('region', { name: 'Taking part' }).getByRole('link', { name: person.name }).waitFor();
  }

  // A later reading: the change shows, in words, as a chart and as its table.
  await page.getByRole('button', { name: `Record a reading for ${AMIRA.name}` }).click();
  const dialog = page.getByRole('dialog', { name: `A new self-efficacy reading for ${AMIRA.name}` });
  await dialog.getByLabel('Self-efficacy').selectOption('4');
  await walk.visit(page, 'people-reading-dialog');
  await dialog.getByRole('button', { name: 'Save reading' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByRole('cell', { name: 'Up 2' }).waitFor();
  await page.locator('.chart__canvas svg').first().waitFor();
  await page.getByText('Show the figures as a table').first().click();
  await loaded(page);
  await walk.visit(page, 'people-pilot-chart');

  // Tom moves to another team: withdrawn, he stays in the table and among the people reached.
  const takingPart = page.getByRole('region', { name: 'Taking part' });
  await takingPart.getByRole('button', { name: `Withdraw ${TOM.name}…` }).click();
  const withdraw = page.getByRole('dialog', { name: `Withdraw ${TOM.name} from ${pilotName}?` });
  await withdraw.getByRole('list', { name: 'What withdrawing does' }).waitFor();
  await walk.visit(page, 'people-withdraw');
  await withdraw.getByRole('button', { name: `Withdraw ${TOM.name}`, exact: true }).click();
  await withdraw.waitFor({ state: 'hidden' });
  await takingPart
    .getByRole('row', { name: new RegExp(TOM.name) })
    .getByText('left', { exact: true })
    .waitFor();
  await page.getByText('2 people reached so far.').waitFor();

  // Subject access and erasure for one participant.
  await page.goto(area(walk, 'people'));
  await page.getByRole('link', { name: JO.name }).click();
  await page.getByRole('heading', { level: 2, name: JO.name }).waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download their data' }).click()]);
  const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  if (exported.participant?.displayName !== JO.name || exported.participant?.contact !== JO.contact) {
    throw new Error(`The export should hold what is kept about ${JO.name}: ${JSON.stringify(exported.participant)}`);
  }
  await page.getByRole('button', { name: 'Erase…' }).click();
  const erase = page.getByRole('dialog', { name: `Erase ${JO.name}’s personal details?` });
  await erase.getByRole('list', { name: 'Removed for good' }).waitFor();
  await erase.getByRole('list', { name: 'Kept, with nothing to say who they were' }).waitFor();
  await walk.visit(page, 'people-erase-dialog');
  await erase.getByRole('checkbox', { name: `I understand that ${JO.name}’s details will be gone for good.` }).check();
  await erase.getByRole('button', { name: 'Erase for good' }).click();
  await page.getByRole('heading', { level: 2, name: /^Erased participant/ }).waitFor();
  await page.getByText('Their personal details were erased on').waitFor();
  await loaded(page);
  await walk.visit(page, 'people-erased');

  // Participants shaped the pilot's design: a workshop's record, ticked on the board.
  await tickOnBoard(
    walk,
    'People it',
    'Involve participants in shaping the service',
    'Amira and Tom worked through the repair reporting steps with the repairs team at the design session on the estate.',
  );
}

/**
 * Only while working on People it alone (WALK_FROM set and Focus it passed by override): an
 * approved pilot, made as Focus it's screens would. The full walk never takes this path.
 */
async function approvedPilotWhileDeveloping(walk: Walk): Promise<void> {
  const { page } = walk;
  const call = async (query: string, variables: Record<string, unknown>) => {
    const response = await page.request.post('/graphql', {
      headers: { 'content-type': 'application/json', 'x-organisation-id': walk.organisationId },
      data: { query, variables },
    });
    const body = await response.json();
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const name = 'Tenant repair champions';
  const created = await call('mutation($input: CreatePilotInput!) { createPilot(input: $input) { id version } }', {
    input: { programmeId: walk.programmeId, name, hypothesis: 'Tenants who report repairs with the team get them fixed first time.' },
  });
  await call('mutation($input: ApprovePilotInput!) { approvePilot(input: $input) { id } }', {
    input: { pilotId: created.createPilot.id, version: created.createPilot.version },
  });
  walk.shared.pilotName = name;
}
