import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { chromiumAvailable, launchBrowser } from '../support/browser';
import type { As } from '../support/graphql-client';
import { populate } from '../support/populate';
import { createPilot, createProgramme, type Organisation, organisationWithRoles } from '../pilots/pilot-support';
import { startTestApp, type TestApp } from '../support/test-app';
import { pdfPagesToPng } from './pdf-pages';
import { readPdf } from './read-pdf';

/**
 * A programme's report over plain HTTP: each section's content for a programme set up through
 * the API (test/support/populate.ts), one with no pilots, the HTML seen in headless Chromium
 * (a screenshot in test-results/screens) with its chart as SVG, the PDF read back with pdf.js,
 * and who may not have it.
 */
const SCREENS = path.resolve('test-results/screens');

interface Links {
  reportHtml: string;
  reportPdf: string;
}

describe('documents: a programme’s report, as HTML and PDF', () => {
  let t: TestApp;
  let org: Organisation;
  let bare: Organisation;
  let links: Links;
  let bareLinks: Links;
  let programmeId: string;
  let areaName: string;
  let browser: Browser | null = null;

  const headers = (as: As) => ({ authorization: `Bearer ${as.token}`, 'x-organisation-id': as.organisationId! });
  const get = (link: string, as: As) => fetch(`${t.url}${link}`, { headers: headers(as) });
  const linksOf = async (id: string, as: As): Promise<Links> =>
    (await t.client.ok(`query($id: ID!) { programme(id: $id) { documents { reportHtml reportPdf } } }`, { id }, as)).programme.documents;

  beforeAll(async () => {
    t = await startTestApp();
    org = await organisationWithRoles(t, 'Riverside Council');
    bare = await organisationWithRoles(t, 'Hillside Council');
    programmeId = (await populate(t, org)).byName.programmeId;
    // A second pilot with a budget, so money shows in the organisation's currency.
    await createPilot(t, org.as.ADMIN, { programmeId, name: 'Litter pickers <i>club</i>', budget: '2500.50' });
    areaName = (
      await t.client.ok(`query($id: ID!) { priorityAreas(programmeId: $id) { serviceAreaName } }`, { id: programmeId }, org.as.VIEWER)
    ).priorityAreas[0].serviceAreaName;
    links = await linksOf(programmeId, org.as.VIEWER);
    bareLinks = await linksOf((await createProgramme(t, bare.as.ADMIN, 'Quiet start')).id, bare.as.VIEWER);
    if (chromiumAvailable('documents')) browser = await launchBrowser();
    mkdirSync(SCREENS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await t.close();
  });

  it('gives the report’s paths on GraphQL', () => {
    expect(links).toEqual({
      reportHtml: `/documents/programmes/${programmeId}/report.html`,
      reportPdf: `/documents/programmes/${programmeId}/report.pdf`,
    });
  });

  it('prints each section: steps with dates, gates and the override’s reason, priorities, pilots and metrics, counts of people', async () => {
    const response = await get(links.reportHtml, org.as.VIEWER);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    expect(html).not.toContain('<script');
    expect(html).toContain('<h1>Everything at once</h1>');
    // The five steps: Map it completed (today, in London), Focus it in progress.
    const today = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'long' }).format(new Date());
    expect(html).toContain(`<td>Map it</td><td>Completed</td><td>${today}</td><td>${today}</td><td>—</td>`);
    expect(html).toMatch(/<td>Focus it<\/td><td>In progress<\/td>/);
    for (const step of ['People it', 'Market it', 'Grow it']) expect(html).toContain(`<td>${step}</td><td>Not started</td>`);
    // The gate passed by override, with its reason.
    expect(html).toContain('1 gate passed, 1 of them by override.');
    expect(html).toContain(`<td>Map it</td><td>${today}</td><td>Override</td><td>Board asked to move on</td>`);
    // The priority scored 4, 3, 5, 4: overall 4.00, not selected.
    expect(html).toContain(
      `<td>${areaName}</td><td class="number">1</td><td class="number">4.00</td><td class="number">3.00</td><td class="number">5.00</td><td class="number">4.00</td><td class="number">4.00</td><td>No</td>`,
    );
    // Pilots: status, budget in pounds, the metric against baseline and target; names as text, never markup.
    expect(html).toContain('<h3>Wardens on every estate</h3>');
    expect(html).toContain('Status: decided: scale it up.');
    expect(html).toContain('Reached: 12 people, as the pilot records it.');
    expect(html).toContain('<h3>Litter pickers &lt;i&gt;club&lt;/i&gt;</h3>');
    expect(html).toContain('Budget: £2,500.50.');
    expect(html).toContain(
      '<td>Reports (a month)</td><td class="number">40</td><td class="number">25</td><td class="number">31</td><td>1 February 2026</td><td>On track</td>',
    );
    // People: counts and the mean change only, never the participant's name.
    expect(html).toMatch(
      /<td>Wardens on every estate<\/td><td class="number">1<\/td><td class="number">1<\/td><td class="number">1<\/td><td class="number">\+1.00<\/td>/,
    );
    expect(html).not.toContain('Robin Reader');
  });

  it('prints the map as a heat-map, the money beside the published cases, the scaling plan and the survey beside 2008, each with its source', async () => {
    const html = await (await get(links.reportHtml, org.as.VIEWER)).text();
    // The map: a heat-map with its text alternative, then every count in a table.
    expect(html).toContain(
      '<div role="img" aria-label="Heat-map of 1 coproduction initiative across 8 service areas and the four forms; busiest (1 each): co-delivery in Community safety; nothing mapped yet in Local environment',
    );
    expect(html).toContain('<tfoot><tr><th>All areas</th><td class="number">0</td><td class="number">0</td><td class="number">1</td>');
    // Money: the pilot's totals in pounds and its ratio, read in words, with its source.
    expect(html).toContain(
      '<td class="number">£1,200.00</td><td class="number">£3,000.00</td><td class="number">£0.00</td><td class="number">£1,800.00</td><td>2.5 : 1</td>',
    );
    expect(html).toContain('Each £1.00 spent has returned £2.50 in savings and wider benefits: more than it cost.');
    expect(html).toContain('Source: the pilot’s financial lines in coprod.');
    // Beside the published cases, each with how to read it and its citation.
    expect(html).toContain('<td>Time banks</td><td>2.8 : 1 (worked out)</td><td>Each £1.00 spent brought back more than £2.80');
    expect(html).toContain('<td>Knapp et al. 2010, cited in Bovaird &amp; Loeffler</td>');
    expect(html).toContain('<td>3 : 1 to 5 : 1 (published)</td><td>Each £1.00 spent was estimated to bring back between £3.00 and £5.00.');
    expect(html).toMatch(/aria-label="Benefit-cost ratios: Wardens on every estate 2\.5\u00a0:\u00a01; beside 5 published reference cases/);
    // The scaling plan and its training, staff and citizens counted apart.
    expect(html).toContain('<dt>How</dt><dd>Replicate it in other areas</dd><dt>Where</dt><dd>Local environment</dd>');
    expect(html).toContain('Staff: 0 of 1; citizens: 0 of 0.');
    expect(html).toContain('<td>Supporting wardens</td><td>staff</td><td class="number">1</td><td>Not yet</td>');
    // Neither the plan nor its training has a cost: said once, among the economics' notes, in words that agree.
    expect(html.match(/no cost recorded/g)).toHaveLength(1);
    expect(html).toContain(
      '<li>2 scaling plans or training actions have no cost recorded yet, so the cost of growing is understated.</li>',
    );
    // The newest survey beside the 2008 figure, the change since the one before, and every caveat.
    expect(html).toContain('From “Residents again”, still open: 1 response, self-selected online.');
    expect(html).toContain(
      '<td>Community safety</td><td class="number">60</td><td class="number">1</td><td class="number">45</td><td class="number">0.0</td>',
    );
    expect(html).toContain('the 2008 figures are Loeffler et al. 2008, cited in Bovaird &amp; Loeffler');
    expect(html).toContain('Change: since “Residents”.');
    for (const caveat of ['A self-selected online sample is not random', 'Only 1 response:', 'The 2008 figures beside these results'])
      expect(html).toContain(`<li>${caveat}`);
    expect(html).toContain('aria-label="Coproduction index by area, 0 to 100, from 1 responses: Community safety 60 (2008: 45).');
  });

  it('says so in words where there are no pilots, no scores and no gates', async () => {
    const html = await (await get(bareLinks.reportHtml, bare.as.VIEWER)).text();
    expect(html).toContain('<h1>Quiet start</h1>');
    expect(html).toContain('This programme has no pilots yet, so there are no metrics to report.');
    expect(html).toContain('With no pilots, nobody has been enrolled yet.');
    expect(html).toContain('No priority areas have been proposed for this programme yet.');
    expect(html).toContain('No step has passed its gate yet.');
    expect(html).toContain('No initiatives are mapped yet in this programme.');
    expect(html).toContain('No pilot of this programme has costs recorded yet, so it has no ratio of its own to set beside these cases.');
    expect(html).toContain('The organisation has not run a coproduction survey yet, so there is no index to report.');
    // The published cases are listed all the same, to read a first pilot against.
    expect(html).toContain('<td>Time banks</td>');
    expect(html).not.toContain('<svg');
  });

  it('draws the priorities’ scores as SVG with its text alternative, and renders in headless Chromium', async () => {
    const html = await (await get(links.reportHtml, org.as.VIEWER)).text();
    const summary = `Overall scores (0 to 5) of 1 scored priority area; highest ${areaName} at 4.00; 0 selected, drawn dark.`;
    expect(html).toContain(`<div role="img" aria-label="${summary}"><svg`);
    if (!browser) return;
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    await page.setExtraHTTPHeaders(headers(org.as.VIEWER));
    const response = await page.goto(`${t.url}${links.reportHtml}`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('Everything at once');
    expect(await page.locator('script').count()).toBe(0);
    const chart = page.getByRole('img', { name: summary });
    await expect(chart.locator('svg').count()).resolves.toBe(1);
    expect((await chart.boundingBox())!.height).toBeGreaterThan(50);
    await expect(page.locator('figcaption').filter({ hasText: 'Overall scores' }).textContent()).resolves.toContain(summary);
    await page.screenshot({ path: path.join(SCREENS, 'document-programme-report.png'), fullPage: true });
    await page.close();
  });

  it('makes a PDF through Chromium, with its pages and its text', async () => {
    if (!browser) return;
    const response = await get(links.reportPdf, org.as.VIEWER);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await response.arrayBuffer());
    writeFileSync(path.join(SCREENS, 'document-programme-report.pdf'), bytes);
    await pdfPagesToPng(browser, bytes, path.join(SCREENS, 'document-programme-report'));
    const pdf = await readPdf(bytes);
    expect(pdf.pages).toBe(PAGES);
    const text = pdf.text.join('\n');
    for (const words of [
      'Everything at once',
      'Board asked to move on',
      'Wardens on every estate',
      '£2,500.50',
      'Mean change',
      'Co-delivery',
      'Knapp et al. 2010',
      'Supporting wardens',
      'coproduction index',
    ])
      expect(text).toContain(words);
    expect(text).not.toContain('Robin Reader');
  });

  it('refuses another organisation’s member and a signed-out caller', async () => {
    for (const link of Object.values(links)) {
      const elsewhere = await get(link, bare.as.ADMIN);
      expect([link, elsewhere.status]).toEqual([link, 404]);
      expect(await elsewhere.text()).not.toContain('Everything at once');
      expect((await fetch(`${t.url}${link}`)).status).toBe(401);
    }
    expect((await get('/documents/programmes/not-an-id/report.html', org.as.ADMIN)).status).toBe(404);
  });
});

/**
 * Pages the report takes on A4: steps and gates; the map; priorities and the pilots' figures; the
 * scaling plan; who gains and what growing costs; the ratios' chart and the published cases;
 * people and the survey.
 */
const PAGES = 7;
