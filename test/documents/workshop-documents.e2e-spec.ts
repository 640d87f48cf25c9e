import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { chromiumAvailable, launchBrowser } from '../support/browser';
import { readPdf } from './read-pdf';
import type { As } from '../support/graphql-client';
import { createProgramme, type Organisation, organisationWithRoles, serviceAreaIds } from '../pilots/pilot-support';
import { startTestApp, type TestApp } from '../support/test-app';
import { ROOM_OPERATIONS } from './room-operations';

/**
 * A workshop's pack and record over plain HTTP: the HTML each prints, seen in headless Chromium
 * (a screenshot each in test-results/screens), the PDF the server makes of each (pages counted
 * and text read back with pdf.js), and who may not have them.
 */
const SCREENS = path.resolve('test-results/screens');
const TITLE = 'Mapping morning <b>& friends</b>';

const M = {
  ...ROOM_OPERATIONS,
  plan: `mutation($input: PlanWorkshopInput!) { planWorkshop(input: $input) { id version agenda { title minutes checklistKeys } } }`,
  participant: `mutation($input: RegisterParticipantInput!) { registerParticipant(input: $input) { id } }`,
  initiative: `mutation($input: CreateInitiativeInput!) { createInitiative(input: $input) { id } }`,
  area: `mutation($input: CreatePriorityAreaInput!) { createPriorityArea(input: $input) { id version } }`,
  score: `mutation($input: ScorePriorityAreaInput!) { scorePriorityArea(input: $input) { id version } }`,
  select: `mutation($input: SelectPriorityAreaInput!) { selectPriorityArea(input: $input) { id } }`,
};

interface Links {
  packHtml: string;
  packPdf: string;
  recordHtml: string;
  recordPdf: string;
}

describe('documents: a workshop’s pack and record, as HTML and PDF', () => {
  let t: TestApp;
  let org: Organisation;
  let other: Organisation;
  let programmeId: string;
  let workshopId: string;
  let links: Links;
  let agenda: Array<{ title: string; minutes: number; checklistKeys: string[] }>;
  let pass: string;
  let open: Array<{ title: string; explanation: string }> = [];
  let browser: Browser | null = null;
  const timings: Record<string, number> = {};

  const headers = (as: As) => ({ authorization: `Bearer ${as.token}`, 'x-organisation-id': as.organisationId! });
  const get = (link: string, as: As) => fetch(`${t.url}${link}`, { headers: headers(as) });

  beforeAll(async () => {
    t = await startTestApp();
    org = await organisationWithRoles(t, 'Riverside Council');
    other = await organisationWithRoles(t, 'Hillside Council');
    programmeId = (await createProgramme(t, org.as.ADMIN, 'Parks together')).id;
    const participant = (
      await t.client.ok(
        M.participant,
        { input: { kind: 'CITIZEN', displayName: 'Robin Reader', motivation: 4, hoursPerMonth: 6, lawfulBasis: { basis: 'PUBLIC_TASK' } } },
        org.as.PROGRAMME_MANAGER,
      )
    ).registerParticipant;
    const planned = (
      await t.client.ok(
        M.plan,
        {
          input: {
            programmeId,
            title: TITLE,
            startsAt: '2027-06-04T08:30:00Z',
            endsAt: '2027-06-04T11:00:00Z',
            place: 'Town hall, committee room',
            facilitatorUserId: org.as.CONSULTANT.userId,
            attendeeUserIds: [org.as.CONTRIBUTOR.userId],
            attendeeParticipantIds: [participant.id],
          },
        },
        org.as.CONSULTANT,
      )
    ).planWorkshop;
    agenda = planned.agenda;
    workshopId = (await t.client.ok(M.start, { input: { workshopId: planned.id, version: planned.version } }, org.as.CONSULTANT))
      .startWorkshop.id;

    const code = (await t.client.ok(M.openJoining, { input: { workshopId } }, org.as.CONSULTANT)).openWorkshopJoining.code;
    pass = (await t.client.ok(M.join, { input: { code, displayName: 'Sam' } })).joinWorkshop.pass;
    await t.client.ok(M.note, { input: { pass, text: 'More benches by the pond' } });
    const outputs = (
      await t.client.ok(
        M.capture,
        {
          input: {
            workshopId,
            outputs: [
              { kind: 'ACTION', text: 'Ask the rangers about the volunteer rota' },
              { kind: 'RISK', text: 'Summer staff may be short' },
            ],
          },
        },
        org.as.CONSULTANT,
      )
    ).captureWorkshopOutputs;
    await t.client.ok(
      M.convert,
      { input: { outputId: outputs[0].id, version: outputs[0].version, into: { task: { title: 'Call the rangers' } } } },
      org.as.CONSULTANT,
    );
    const round = (
      await t.client.ok(
        M.openRound,
        {
          input: {
            workshopId,
            question: 'Where should we start?',
            dotsPerVoter: 3,
            anonymous: false,
            options: [{ label: 'The pond' }, { label: 'The playground' }],
          },
        },
        org.as.CONSULTANT,
      )
    ).openVoteRound;
    const [pond, playground] = round.options;
    await t.client.ok(M.vote, { input: { roundId: round.id, ballot: [{ optionId: pond.id, dots: 3 }] } }, org.as.CONSULTANT);
    const last = (
      await t.client.ok(
        M.vote,
        {
          input: {
            roundId: round.id,
            ballot: [
              { optionId: pond.id, dots: 1 },
              { optionId: playground.id, dots: 2 },
            ],
          },
        },
        org.as.CONTRIBUTOR,
      )
    ).castWorkshopVotes;
    await t.client.ok(M.closeRound, { input: { roundId: round.id, version: last.version } }, org.as.CONSULTANT);

    links = (
      await t.client.ok(
        `query($id: ID!) { workshop(id: $id) { documents { packHtml packPdf recordHtml recordPdf } } }`,
        { id: workshopId },
        org.as.VIEWER,
      )
    ).workshop.documents;
    if (chromiumAvailable('documents')) browser = await launchBrowser();
    mkdirSync(SCREENS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await t.close();
    console.info(`documents: ${JSON.stringify(timings)} ms`);
  });

  it('gives each document’s paths on GraphQL', () => {
    expect(links).toEqual({
      packHtml: `/documents/workshops/${workshopId}/pack.html`,
      packPdf: `/documents/workshops/${workshopId}/pack.pdf`,
      recordHtml: `/documents/workshops/${workshopId}/record.html`,
      recordPdf: `/documents/workshops/${workshopId}/record.pdf`,
    });
  });

  it('prints the pack: when and where in the organisation’s zone, who comes, the agenda with timings and what each item needs', async () => {
    const response = await get(links.packHtml, org.as.CONSULTANT);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    // The title is text, never markup.
    expect(html).toContain('Mapping morning &lt;b&gt;&amp; friends&lt;/b&gt;');
    expect(html).not.toContain('<b>& friends');
    expect(html).not.toContain('<script');
    // 08:30 UTC is 09:30 in London in June.
    expect(html).toMatch(/4 June 2027 at 09:30 to 12:00 \(Europe\/London\)/);
    expect(html).toContain('Town hall, committee room');
    expect(html).toContain('Riverside Council CONSULTANT');
    expect(html).toContain('Riverside Council CONTRIBUTOR');
    expect(html).toContain('Robin Reader');
    expect(agenda.length).toBeGreaterThan(1);
    for (const section of agenda) expect(html).toContain(section.title);
    // The second section starts after the first one's minutes.
    const second = new Date(Date.parse('2027-06-04T08:30:00Z') + agenda[0].minutes * 60_000);
    expect(html).toContain(`>${new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', timeStyle: 'short' }).format(second)}<`);
    // The step's open gate items, in the workflow's words (read back from GraphQL, not copied here).
    const gate = (await t.client.ok(`query($id: ID!) { workshop(id: $id) { programmeId } }`, { id: workshopId }, org.as.CONSULTANT))
      .workshop;
    const steps = (
      await t.client.ok(
        `query($id: ID!) { programme(id: $id) { steps { step gate { openItems { title explanation } } } } }`,
        { id: gate.programmeId },
        org.as.CONSULTANT,
      )
    ).programme.steps as Array<{ step: string; gate: { openItems: Array<{ title: string; explanation: string }> } }>;
    open = steps.find((s) => s.step === 'MAP')!.gate.openItems;
    expect(open.length).toBeGreaterThan(0);
    for (const item of open) {
      expect(html).toContain(escapeHtml(item.title));
      expect(html).toContain(escapeHtml(item.explanation));
    }
    expect(html).toContain('Notes');
    // A MAP workshop brings the map, still empty here, and no priorities.
    expect(html).toContain('No initiatives are mapped yet');
    expect(html).not.toContain('Priority areas');
  });

  it('shows participants’ names only to roles that may read them', async () => {
    const html = await (await get(links.packHtml, org.as.VIEWER)).text();
    expect(html).not.toContain('Robin Reader');
    expect(html).toContain('Also 1 participant, whose names your role does not show.');
    expect(html).toContain('Riverside Council CONTRIBUTOR');
  });

  it('prints the record: guests by the name they gave, outputs by kind, the vote with its tally, what became which record', async () => {
    const html = await (await get(links.recordHtml, org.as.VIEWER)).text();
    expect(html).toContain('Sam');
    expect(html).toContain('More benches by the pond');
    expect(html).toContain('Summer staff may be short');
    expect(html).toContain('Where should we start?');
    // The pond 4 dots of 6, the playground 2.
    expect(html).toMatch(/<td class="number">1<\/td><td>The pond<\/td><td class="number">4<\/td><td class="number">67%<\/td>/);
    expect(html).toMatch(/<td class="number">2<\/td><td>The playground<\/td><td class="number">2<\/td><td class="number">33%<\/td>/);
    expect(html).toContain('2 voters, 3 dots each');
    // Closing the round recorded a decision naming the winner.
    expect(html).toContain('Decision recorded');
    expect(html).toContain('<td>Ask the rangers about the volunteer rota</td><td>Task</td><td>Call the rangers</td><td>Stands</td>');
  });

  it('renders in headless Chromium, with a screenshot of each', async () => {
    if (!browser) return;
    for (const [name, link] of [
      ['pack', links.packHtml],
      ['record', links.recordHtml],
    ] as const) {
      const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
      await page.setExtraHTTPHeaders(headers(org.as.CONSULTANT));
      const response = await page.goto(`${t.url}${link}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1').textContent()).resolves.toBe(TITLE);
      expect(await page.locator('script').count()).toBe(0);
      await page.screenshot({ path: path.join(SCREENS, `document-workshop-${name}.png`), fullPage: true });
      await page.close();
    }
  });

  it('makes a PDF of each through Chromium, one at a time, with its pages and its text', async () => {
    if (!browser) return;
    for (const [name, link, pages, words] of [
      // The pack: the agenda and its sections; the gate's open items, kept whole with their heading
      // on a page of their own when they do not fit below; the notes page.
      ['pack', links.packPdf, 3, ['Agenda', 'Notes', 'Robin Reader']],
      // The record: a full first page, and what did not fit, each table whole with its heading.
      ['record', links.recordPdf, 2, ['Where should we start?', 'The pond', 'Call the rangers']],
    ] as const) {
      const started = Date.now();
      const response = await get(link, org.as.CONSULTANT);
      timings[`${name}.pdf`] = Date.now() - started;
      expect([name, response.status]).toEqual([name, 200]);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      writeFileSync(path.join(SCREENS, `document-workshop-${name}.pdf`), bytes);
      const pdf = await readPdf(bytes);
      expect([name, pdf.pages]).toEqual([name, pages]);
      const text = pdf.text.join('\n');
      expect(text).toContain(TITLE);
      for (const word of words) expect(text).toContain(word);
      if (name === 'pack') {
        const gate = pdf.text.find((page) => page.includes("The step's gate"))!;
        for (const item of open) expect(gate).toContain(item.title);
        expect(pdf.text.at(-1)).toMatch(/^Notes/);
      } else {
        const records = pdf.text.find((page) => page.includes('What became a record'))!;
        expect(records).toContain('Call the rangers');
        const tally = pdf.text.find((page) => page.includes('Rank'))!;
        expect(tally).toContain('The playground');
      }
    }
  });

  it('opens with the web client’s session cookie beside X-Organisation-Id, never with the cookie alone', async () => {
    const member = await t.client.addMember(org.as.ADMIN.token!, org.id, 'VIEWER', 'Riverside reader');
    const started = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: SignInInput!) { startSession(input: $input) { expiresAt } }',
        variables: { input: { email: member.email, password: 'correct horse battery' } },
      }),
    });
    const cookie = started.headers.getSetCookie()[0].split(';')[0];
    const withHeader = await fetch(`${t.url}${links.recordHtml}`, {
      headers: { cookie, 'x-organisation-id': org.id, 'sec-fetch-site': 'same-origin' },
    });
    expect(withHeader.status).toBe(200);
    expect(await withHeader.text()).toContain('Where should we start?');
    // A link from anywhere (no header) carries the cookie alone: nothing.
    expect((await fetch(`${t.url}${links.recordHtml}`, { headers: { cookie } })).status).toBe(401);
    expect(
      (await fetch(`${t.url}${links.recordHtml}`, { headers: { cookie, 'x-organisation-id': org.id, 'sec-fetch-site': 'cross-site' } }))
        .status,
    ).toBe(403);
  });

  it('refuses another organisation’s member, a signed-out caller and a guest’s pass', async () => {
    for (const link of Object.values(links)) {
      const elsewhere = await get(link, other.as.ADMIN);
      expect([link, elsewhere.status]).toEqual([link, 404]);
      const body = await elsewhere.text();
      expect(body).not.toContain('Mapping morning');
      expect((await fetch(`${t.url}${link}`)).status).toBe(401);
      expect((await fetch(`${t.url}${link}`, { headers: { authorization: `Bearer ${pass}`, 'x-organisation-id': org.id } })).status).toBe(
        401,
      );
    }
    expect((await get('/documents/workshops/not-an-id/pack.html', org.as.ADMIN)).status).toBe(404);
  });

  describe('the map and the priorities, only where the step needs them', () => {
    const planAt = async (step: string) => {
      const planned = (
        await t.client.ok(
          `mutation($input: PlanWorkshopInput!) { planWorkshop(input: $input) { id step } }`,
          {
            input: {
              programmeId,
              step,
              title: `${step} morning`,
              startsAt: '2027-07-01T08:30:00Z',
              endsAt: '2027-07-01T10:30:00Z',
              facilitatorUserId: org.as.CONSULTANT.userId,
            },
          },
          org.as.CONSULTANT,
        )
      ).planWorkshop;
      expect(planned.step).toBe(step);
      return planned.id as string;
    };
    let areas: Array<{ id: string; name: string }>;

    beforeAll(async () => {
      areas = await serviceAreaIds(t, org.as.ADMIN, 3);
      const [a, b, c] = areas;
      // A: one co-design and co-performing (under co-delivery), one co-delivery; B: one co-monitoring (under co-assessment).
      for (const [name, area, forms] of [
        ['Pond clean-up', a, ['CO_DESIGN', 'CO_PERFORMING']],
        ['Bench rota', a, ['CO_DELIVERY']],
        ['Water watch', b, ['CO_MONITORING']],
      ] as const) {
        await t.client.ok(
          M.initiative,
          { input: { name, serviceAreaId: area.id, forms, publicBodyInput: 'The council lends tools', programmeId } },
          org.as.CONSULTANT,
        );
      }
      // Self-organised (no public body's part): counted apart, never in a cell.
      await t.client.ok(M.initiative, { input: { name: 'Street party', serviceAreaId: c.id, forms: [], programmeId } }, org.as.CONSULTANT);
      const ids = [];
      for (const area of [a, b, c])
        ids.push((await t.client.ok(M.area, { input: { programmeId, serviceAreaId: area.id } }, org.as.CONSULTANT)).createPriorityArea);
      const score = (id: string, [need, feasibility, appetite, impact]: number[], as: As) =>
        t.client.ok(M.score, { input: { priorityAreaId: id, need, feasibility, appetite, impact } }, as);
      await score(ids[0].id, [5, 4, 4, 3], org.as.PROGRAMME_MANAGER);
      await score(ids[0].id, [3, 4, 2, 5], org.as.CONSULTANT);
      const scoredB = (await score(ids[1].id, [2, 2, 2, 3], org.as.PROGRAMME_MANAGER)).scorePriorityArea;
      await t.client.ok(
        M.select,
        { input: { priorityAreaId: scoredB.id, selected: true, version: scoredB.version } },
        org.as.PROGRAMME_MANAGER,
      );
    });

    const row = (cells: Array<string | number>) =>
      `<tr><td>${cells[0]}</td>${cells
        .slice(1)
        .map((c) => (typeof c === 'number' || /^(\d|not scored)/.test(c) ? `<td class="number">${c}</td>` : `<td>${c}</td>`))
        .join('')}</tr>`;

    it('gives a FOCUS workshop the map by area and form, and the ranked priorities with their scores', async () => {
      const focus = await planAt('FOCUS');
      const html = await (await get(`/documents/workshops/${focus}/pack.html`, org.as.CONSULTANT)).text();
      const [a, b, c] = areas.map((area) => escapeHtml(area.name));
      expect(html).toContain('The coproduction map so far');
      expect(html).toContain('3 coproduction initiatives mapped');
      // Co-commissioning, Co-design, Co-delivery, Co-assessment, then each initiative once.
      expect(html).toContain(row([a, 0, 1, 2, 0, 2]));
      expect(html).toContain(row([b, 0, 0, 0, 1, 1]));
      expect(html).toContain(row([c, 0, 0, 0, 0, 0]));
      expect(html).toContain(
        '<tr><th>All areas</th><td class="number">0</td><td class="number">1</td><td class="number">2</td><td class="number">1</td><td class="number">3</td></tr>',
      );
      expect(html).toContain('Also 1 self-organised initiative, kept out of these counts.');
      // A: means 4, 4, 3, 4 from two scorers; B: one scorer, selected; C: nobody scored, last.
      expect(html).toContain('Priority areas');
      const ranked = [row([a, '3.75', 2, 'Not selected']), row([b, '2.25', 1, 'Selected']), row([c, 'not scored', 0, 'Not selected'])];
      for (const r of ranked) expect(html).toContain(r);
      expect(html.indexOf(ranked[0])).toBeLessThan(html.indexOf(ranked[1]));
      expect(html.indexOf(ranked[1])).toBeLessThan(html.indexOf(ranked[2]));

      if (!browser) return;
      const pdf = await readPdf(
        new Uint8Array(await (await get(`/documents/workshops/${focus}/pack.pdf`, org.as.CONSULTANT)).arrayBuffer()),
      );
      // Each table on the page of its heading, the notes page last.
      expect(pdf.text.find((page) => page.includes('The coproduction map so far'))).toContain('All areas');
      expect(pdf.text.find((page) => page.includes('Priority areas'))).toContain('2.25');
      expect(pdf.text.at(-1)).toMatch(/^Notes/);
    });

    it('gives a GROW workshop neither', async () => {
      const grow = await planAt('GROW');
      const html = await (await get(`/documents/workshops/${grow}/pack.html`, org.as.CONSULTANT)).text();
      expect(html).toContain('GROW morning');
      expect(html).not.toContain('The coproduction map so far');
      expect(html).not.toContain('Priority areas');
      expect(html).not.toContain(escapeHtml(areas[0].name));
    });
  });
});

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
