import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { type DemoAccounts, DemoSeeder } from '../../apps/api/src/demo/demo-seeder';
import { chromiumAvailable, launchBrowser } from '../support/browser';
import type { As } from '../support/graphql-client';
import { type Organisation, organisationWithRoles } from '../pilots/pilot-support';
import { startTestApp, type TestApp } from '../support/test-app';
import { pdfPagesToPng } from './pdf-pages';
import { readPdf } from './read-pdf';
import { ROOM_OPERATIONS } from './room-operations';

/**
 * The printed documents of the demo organisation (apps/api/src/demo/demo-story.ts), as a new user
 * first sees them: the programme report, and the Focus it scoring workshop's pack and record once
 * the room has met. Each is fetched with the programme manager's credentials, its charts checked
 * in headless Chromium, every printed page drawn to a PNG in test-results/screens, and each is
 * refused to another organisation's member and to a caller without credentials.
 */
const SCREENS = path.resolve('test-results/screens');

/**
 * Charts each document draws, all as `figure.chart` (libs/documents/src/charts/chart.ts): the
 * report's map heat-map, priority scores, benefit-cost ratios and survey indices; the pack brings
 * the map as a table only.
 */
const CHARTS = { report: 4, pack: 0, record: 0 } as const;

/** A4 pages each document prints to for the demo. */
const PAGES = {
  // The steps and gates; the map's heat-map and table; the priorities' chart and the pilot's
  // metrics and money; the ratios' chart beside the published cases, whose table runs onto a
  // fifth page with the participants; the survey's indices with their chart and caveats; and a
  // page on who gains and what growing costs.
  report: 7,
  // The heading, attendees and the agenda; the sections' checklist items and the open gate;
  // the map by area and form and the ranked priorities; the notes page.
  pack: 3,
  // The heading, guests and what the room produced; the vote with its tally and what became a record.
  record: 2,
} as const;

type Name = keyof typeof PAGES;

const M = ROOM_OPERATIONS;

describe('documents: the demo organisation’s report, workshop pack and record', () => {
  let t: TestApp;
  let demo: DemoAccounts;
  let manager: As;
  let consultant: As;
  let other: Organisation;
  let programmeName: string;
  let participantNames: string[];
  let workshopTitle: string;
  const links = {} as Record<Name, { html: string; pdf: string }>;
  const html = {} as Record<Name, string>;
  let browser: Browser | null = null;

  const headers = (as: As) => ({ authorization: `Bearer ${as.token}`, 'x-organisation-id': as.organisationId! });
  const get = (link: string, as: As) => fetch(`${t.url}${link}`, { headers: headers(as) });
  const signIn = async (role: string): Promise<As> => {
    const account = demo.accounts.find((a) => a.role === role)!;
    const signedIn = await t.client.ok(`mutation($input: SignInInput!) { signIn(input: $input) { token } }`, {
      input: { email: account.email, password: account.password },
    });
    return { token: signedIn.signIn.token, organisationId: demo.organisationId };
  };

  beforeAll(async () => {
    t = await startTestApp();
    demo = (await t.app.get(DemoSeeder).seedIfEmpty())!;
    manager = await signIn('PROGRAMME_MANAGER');
    consultant = await signIn('CONSULTANT');
    // Made after the demo: the seeder only seeds an empty database.
    other = await organisationWithRoles(t, 'Hillside Council');

    const { programme } = await t.client.ok(
      `query($id: ID!) { programme(id: $id) { name documents { reportHtml reportPdf } } }`,
      { id: demo.story.programmeId },
      manager,
    );
    programmeName = programme.name;
    links.report = { html: programme.documents.reportHtml, pdf: programme.documents.reportPdf };
    participantNames = (
      await t.client.ok(`{ participants(first: 100) { edges { node { displayName } } } }`, {}, manager)
    ).participants.edges.map((e: { node: { displayName: string } }) => e.node.displayName);

    // The programme's Focus it workshop, met: started, a guest's note, outputs, a vote, one output made a task, ended.
    const workshops = (
      await t.client.ok(
        `query($id: ID!) { workshops(filter: { programmeId: $id }) { edges { node { id version title step } } } }`,
        { id: demo.story.programmeId },
        manager,
      )
    ).workshops.edges.map((e: { node: { id: string; version: number; title: string; step: string } }) => e.node);
    const scoring = workshops.find((w: { step: string }) => w.step === 'FOCUS')!;
    workshopTitle = scoring.title;
    const workshopId = scoring.id as string;
    await t.client.ok(M.start, { input: { workshopId, version: scoring.version } }, consultant);
    const code = (await t.client.ok(M.openJoining, { input: { workshopId } }, consultant)).openWorkshopJoining.code;
    const pass = (await t.client.ok(M.join, { input: { code, displayName: 'Jo from Cedar Road' } })).joinWorkshop.pass;
    await t.client.ok(M.note, { input: { pass, text: 'Start with the underpass by the shops, it is darkest there' } });
    const outputs = (
      await t.client.ok(
        M.capture,
        {
          input: {
            workshopId,
            outputs: [
              { kind: 'ACTION', text: 'Ask the lighting team for a survey of the underpass' },
              { kind: 'PRIORITY', text: 'Evening patrols near the bus station' },
              { kind: 'RISK', text: 'Volunteers are thin on the ground in August' },
            ],
          },
        },
        consultant,
      )
    ).captureWorkshopOutputs;
    await t.client.ok(
      M.convert,
      { input: { outputId: outputs[0].id, version: outputs[0].version, into: { task: { title: 'Book a lighting survey' } } } },
      consultant,
    );
    const round = (
      await t.client.ok(
        M.openRound,
        {
          input: {
            workshopId,
            question: 'Where do the street friends go next?',
            dotsPerVoter: 3,
            anonymous: false,
            options: [{ label: 'The underpass' }, { label: 'The bus station' }, { label: 'The riverside path' }],
          },
        },
        consultant,
      )
    ).openVoteRound;
    const [underpass, busStation, riverside] = round.options;
    await t.client.ok(M.vote, { input: { roundId: round.id, ballot: [{ optionId: underpass.id, dots: 3 }] } }, consultant);
    const last = (
      await t.client.ok(
        M.vote,
        {
          input: {
            roundId: round.id,
            ballot: [
              { optionId: busStation.id, dots: 2 },
              { optionId: riverside.id, dots: 1 },
            ],
          },
        },
        manager,
      )
    ).castWorkshopVotes;
    await t.client.ok(M.closeRound, { input: { roundId: round.id, version: last.version } }, consultant);
    const version = (await t.client.ok(`query($id: ID!) { workshop(id: $id) { version } }`, { id: workshopId }, consultant)).workshop
      .version;
    await t.client.ok(M.end, { input: { workshopId, version } }, consultant);

    const documents = (
      await t.client.ok(
        `query($id: ID!) { workshop(id: $id) { documents { packHtml packPdf recordHtml recordPdf } } }`,
        { id: workshopId },
        manager,
      )
    ).workshop.documents;
    links.pack = { html: documents.packHtml, pdf: documents.packPdf };
    links.record = { html: documents.recordHtml, pdf: documents.recordPdf };
    for (const name of Object.keys(PAGES) as Name[]) {
      const response = await get(links[name].html, manager);
      expect([name, response.status]).toEqual([name, 200]);
      html[name] = await response.text();
    }

    if (chromiumAvailable('demo documents')) browser = await launchBrowser();
    mkdirSync(SCREENS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('prints the demo’s names and records, and never a participant’s name', () => {
    expect(participantNames).toEqual(expect.arrayContaining(['Amira Haddad', 'Tomasz Nowak', 'Grace Okafor']));
    for (const name of Object.keys(PAGES) as Name[]) {
      expect(html[name]).toContain(programmeName);
      expect(html[name]).not.toContain('<script');
      for (const person of participantNames) expect([name, html[name].includes(person)]).toEqual([name, false]);
    }
    expect(html.report).toContain('Street friends on the Eastfield estate');
    expect(html.pack).toContain('Eastfield community centre, main hall');
    expect(html.pack).toContain('The coproduction map so far');
    expect(html.pack).toContain('Priority areas');
    expect(html.record).toContain('Jo from Cedar Road');
    expect(html.record).toContain('Start with the underpass by the shops, it is darkest there');
    expect(html.record).toContain('Where do the street friends go next?');
    // The decision's tally a line an option, as the room saw it, not run together.
    expect(html.record).toContain(
      '<strong>Decision recorded: </strong>Dot vote: Where do the street friends go next? (2 voters)<br/>1. The underpass: 3 dots<br/>2. The bus station: 2 dots<br/>3. The riverside path: 1 dot</p>',
    );
    expect(html.record).toContain(
      '<td>Ask the lighting team for a survey of the underpass</td><td>Task</td><td>Book a lighting survey</td>',
    );
  });

  it('draws each chart as one SVG under a labelled role="img", its caption repeating the label', async () => {
    for (const name of Object.keys(PAGES) as Name[]) {
      const figures = html[name].match(/<figure class="chart">/g)?.length ?? 0;
      expect([name, figures]).toEqual([name, CHARTS[name]]);
    }
    if (!browser) return;
    for (const name of Object.keys(PAGES) as Name[]) {
      const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
      await page.setExtraHTTPHeaders(headers(manager));
      expect((await page.goto(`${t.url}${links[name].html}`))?.status()).toBe(200);
      const figures = page.locator('figure.chart');
      expect([name, await figures.count()]).toEqual([name, CHARTS[name]]);
      for (let i = 0; i < CHARTS[name]; i++) {
        const figure = figures.nth(i);
        const img = figure.locator('[role=img]');
        expect(await img.count()).toBe(1);
        expect(await figure.locator('svg').count()).toBe(1);
        expect(await img.locator('> svg').count()).toBe(1);
        const label = (await img.getAttribute('aria-label'))?.trim() ?? '';
        expect([name, i, label.length > 0]).toEqual([name, i, true]);
        expect(await figure.locator('figcaption').textContent()).toContain(label);
        expect((await img.boundingBox())!.height).toBeGreaterThan(50);
      }
      await page.close();
    }
  });

  it('prints each to a PDF of the expected pages, its text readable, with a PNG of every page', async () => {
    if (!browser) return;
    for (const name of Object.keys(PAGES) as Name[]) {
      const response = await get(links[name].pdf, manager);
      expect([name, response.status]).toEqual([name, 200]);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const bytes = new Uint8Array(await response.arrayBuffer());
      writeFileSync(path.join(SCREENS, `demo-${name}.pdf`), bytes);
      // Drawn before the count is checked, so a document that grew can be looked at.
      const files = await pdfPagesToPng(browser, bytes, path.join(SCREENS, `demo-${name}`));
      const pdf = await readPdf(bytes);
      expect(files.map((f) => path.basename(f))).toEqual(Array.from({ length: pdf.pages }, (_, i) => `demo-${name}-page-${i + 1}.png`));
      expect([name, pdf.pages]).toEqual([name, PAGES[name]]);
      const text = pdf.text.join('\n');
      expect(text).toContain(programmeName);
      if (name !== 'report') expect(text).toContain(workshopTitle);
      for (const person of participantNames) expect([name, text.includes(person)]).toEqual([name, false]);
    }
  });

  it('refuses every document to another organisation’s member (404) and to a caller without credentials (401)', async () => {
    for (const name of Object.keys(PAGES) as Name[]) {
      for (const link of [links[name].html, links[name].pdf]) {
        const elsewhere = await get(link, other.as.ADMIN);
        expect([link, elsewhere.status]).toEqual([link, 404]);
        expect(await elsewhere.text()).not.toContain(programmeName);
        expect([link, (await fetch(`${t.url}${link}`)).status]).toEqual([link, 401]);
      }
    }
  });
});
