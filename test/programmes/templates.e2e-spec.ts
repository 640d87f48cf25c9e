import { randomUUID } from 'node:crypto';
import { DEFAULT_TEMPLATE, RULE_IDS } from '@app/workflow';
import type { As } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { addMember, codeOf, historyOf, type Member, newOrganisation, type Org, type RoleName } from '../identity/identity-helpers';

/** Workflow templates as a client uses them: read the default, copy it, edit the copy as a whole. */

interface Item {
  key: string;
  step: string;
  title: string;
  guidance: string;
  required: boolean;
  kind: 'MANUAL' | 'EVIDENCED';
  rule: string | null;
  source: string;
}
interface Suggestion {
  step: string;
  title: string;
  description: string;
}
interface Template {
  id: string;
  name: string;
  templateVersion: number;
  version: number;
  isDefault: boolean;
  items: Item[];
  taskSuggestions: Suggestion[];
  updatedAt: string | null;
}

const TEMPLATE = `id name templateVersion version isDefault updatedAt
  items { key step title guidance required kind rule source }
  taskSuggestions { step title description }`;

const Q = {
  list: `query { workflowTemplates { ${TEMPLATE} } }`,
  one: `query($id: ID!) { workflowTemplate(id: $id) { ${TEMPLATE} } }`,
  rules: `query { checklistRules { id description } }`,
  copy: `mutation($input: CopyDefaultTemplateInput) { copyDefaultTemplate(input: $input) { ${TEMPLATE} } }`,
  update: `mutation($input: UpdateTemplateInput!) { updateWorkflowTemplate(input: $input) { ${TEMPLATE} } }`,
  remove: `mutation($input: DeleteTemplateInput!) { deleteWorkflowTemplate(input: $input) { id templateVersion version } }`,
};

const STEPS = ['MAP', 'FOCUS', 'PEOPLE', 'MARKET', 'GROW'];

/** The input an edit sends: the template's lists as they should be. */
const editOf = (
  template: Template,
  changes: Partial<{ name: string; items: Item[]; taskSuggestions: Suggestion[]; version: number }> = {},
) => ({
  templateId: template.id,
  version: changes.version ?? template.version,
  ...(changes.name === undefined ? {} : { name: changes.name }),
  items: (changes.items ?? template.items).map(({ rule, ...item }) => (rule === null ? item : { ...item, rule })),
  taskSuggestions: changes.taskSuggestions ?? template.taskSuggestions,
});

describe('programmes: workflow templates', () => {
  let t: TestApp;
  let org: Org;
  let other: Org;
  const people = {} as Record<RoleName, Member>;
  beforeAll(async () => {
    t = await startTestApp();
    [org, other] = await Promise.all([newOrganisation(t.client, 'Template Council'), newOrganisation(t.client, 'Other Council')]);
    people.ADMIN = org.admin;
    for (const role of ['PROGRAMME_MANAGER', 'CONSULTANT', 'CONTRIBUTOR', 'VIEWER'] as const)
      people[role] = await addMember(t.client, org, role);
  });
  afterAll(() => t.close());

  const as = (role: RoleName = 'ADMIN'): As => ({ token: people[role].token, organisationId: org.id });
  const asOther = (): As => ({ token: other.admin.token, organisationId: other.id });
  const copy = async (name?: string, who: RoleName = 'ADMIN'): Promise<Template> =>
    (await t.client.ok(Q.copy, { input: name === undefined ? {} : { name } }, as(who))).copyDefaultTemplate;
  const read = async (id: string, who: As = as()): Promise<Template> => (await t.client.ok(Q.one, { id }, who)).workflowTemplate;
  const eventsAbout = async (templateId: string) =>
    (await historyOf(t.client, as(), 100)).filter((e) => e.type.startsWith('TEMPLATE_') && e.payload.templateId === templateId).reverse();

  it('lists the built-in default first, every item citing its source, to every role', async () => {
    const [listed] = (await t.client.ok(Q.list, {}, as('VIEWER'))).workflowTemplates as Template[];
    expect(listed).toMatchObject({ id: 'default', isDefault: true, templateVersion: DEFAULT_TEMPLATE.version, updatedAt: null });
    expect(listed.items.length).toBeGreaterThan(10);
    for (const step of STEPS) expect(listed.items.some((i) => i.step === step && i.required)).toBe(true);
    for (const item of listed.items) {
      expect(item.source.trim()).not.toBe('');
      expect(item.rule === null).toBe(item.kind === 'MANUAL');
    }
    const sources = new Set(listed.items.map((i) => i.source));
    for (const source of ['Loeffler & Hine-Hughes 2012', 'Kannan & Chang 2013']) expect(sources.has(source)).toBe(true);
    expect(listed.items.some((i) => !i.required)).toBe(true);
    expect(new Set(listed.taskSuggestions.map((s) => s.step))).toEqual(new Set(STEPS));

    expect(await read('default', as('CONTRIBUTOR'))).toEqual(listed);
    const rules = (await t.client.ok(Q.rules, {}, as('VIEWER'))).checklistRules as Array<{ id: string; description: string }>;
    expect(rules.map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
    for (const rule of rules) expect(rule.description).not.toBe('');
    // Every rule the default uses is one the editor can offer.
    for (const item of listed.items.filter((i) => i.rule)) expect(rules.map((r) => r.id)).toContain(item.rule);
  });

  it('copies the default into an organisation template at version 1, listed after the default', async () => {
    const builtIn = await read('default');
    const copied = await copy('Our five steps');
    expect(copied).toMatchObject({
      name: 'Our five steps',
      templateVersion: 1,
      version: 1,
      isDefault: false,
      updatedAt: expect.any(String),
    });
    expect(copied.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(copied.items).toEqual(builtIn.items);
    expect(copied.taskSuggestions).toEqual(builtIn.taskSuggestions);

    const unnamed = await copy();
    expect(unnamed.name).toBe(builtIn.name);

    const listed = (await t.client.ok(Q.list, {}, as())).workflowTemplates as Template[];
    expect(listed[0].id).toBe('default');
    expect(listed.map((l) => l.id)).toEqual(expect.arrayContaining([copied.id, unnamed.id]));
    expect(listed.findIndex((l) => l.id === copied.id)).toBeLessThan(listed.findIndex((l) => l.id === unnamed.id));
    expect(await read(copied.id)).toEqual(copied);

    expect(await eventsAbout(copied.id)).toEqual([
      expect.objectContaining({
        type: 'TEMPLATE_COPIED',
        programmeId: null,
        actorUserId: org.admin.userId,
        payload: { templateId: copied.id, templateVersion: 1 },
      }),
    ]);
  });

  it('adds, edits, drops and reorders items and suggestions in one change, as a new template version', async () => {
    const copied = await copy('Edited council template');
    const [first, second, third, ...rest] = copied.items.filter((i) => i.step === 'MAP');
    const others = copied.items.filter((i) => i.step !== 'MAP');
    const added: Item = {
      key: 'map.ask_the_youth_council',
      step: 'MAP',
      title: 'Ask the youth council what they already run',
      guidance: 'Young people run more than officers know.',
      required: false,
      kind: 'MANUAL',
      rule: null,
      source: 'our own practice',
    };
    const evidenced: Item = {
      ...added,
      key: 'map.owner_again',
      title: 'The Map step has an owner',
      required: true,
      kind: 'EVIDENCED',
      rule: 'STEP_HAS_OWNER',
    };
    // Reordered (third first), one edited, `second` dropped, two added.
    const items = [
      third,
      { ...first, title: 'Record what residents already do with us', required: false },
      added,
      ...rest,
      evidenced,
      ...others,
    ];
    const [s1, s2, ...sRest] = copied.taskSuggestions;
    const taskSuggestions = [
      { step: 'GROW', title: 'Write a scaling note', description: '' },
      s2,
      ...sRest.slice(1),
      { ...s1, description: 'Edited description' },
    ];

    const edited = (await t.client.ok(Q.update, { input: editOf(copied, { name: 'Edited template v2', items, taskSuggestions }) }, as()))
      .updateWorkflowTemplate as Template;
    expect(edited).toMatchObject({ id: copied.id, name: 'Edited template v2', templateVersion: 2, version: 2, isDefault: false });
    expect(edited.items).toEqual(items);
    expect(edited.items.some((i) => i.key === second.key)).toBe(false);
    expect(edited.taskSuggestions).toEqual(taskSuggestions);
    expect(await read(copied.id)).toEqual(edited);
    // The default is untouched by edits to a copy.
    expect((await read('default')).items.map((i) => i.key)).toEqual(copied.items.map((i) => i.key));

    // Sending it back unchanged is no change: no new version, no event.
    const same = (await t.client.ok(Q.update, { input: editOf(edited) }, as())).updateWorkflowTemplate as Template;
    expect(same).toMatchObject({ templateVersion: 2, version: 2 });

    // Leaving the name out keeps it; dropping a suggestion is another version.
    const again = (await t.client.ok(Q.update, { input: editOf(edited, { taskSuggestions: taskSuggestions.slice(1) }) }, as()))
      .updateWorkflowTemplate;
    expect(again).toMatchObject({ name: 'Edited template v2', templateVersion: 3, version: 3 });
    expect(again.taskSuggestions).toEqual(taskSuggestions.slice(1));

    const events = await eventsAbout(copied.id);
    expect(events.map((e) => [e.type, e.payload])).toEqual([
      ['TEMPLATE_COPIED', { templateId: copied.id, templateVersion: 1 }],
      ['TEMPLATE_UPDATED', { templateId: copied.id, templateVersion: 2, version: 2 }],
      ['TEMPLATE_UPDATED', { templateId: copied.id, templateVersion: 3, version: 3 }],
    ]);
  });

  it('refuses an invalid template with BAD_USER_INPUT naming the field, and changes nothing', async () => {
    const copied = await copy('Guarded template');
    const items = copied.items;
    const manualAt = items.findIndex((i) => i.kind === 'MANUAL');
    const evidencedAt = items.findIndex((i) => i.kind === 'EVIDENCED');
    const withItem = (index: number, change: Partial<Item>) => items.map((item, i) => (i === index ? { ...item, ...change } : item));
    const cases: Array<[string, ReturnType<typeof editOf> | Record<string, unknown>, string[]]> = [
      ['duplicate key', editOf(copied, { items: withItem(1, { key: items[0].key }) }), ['input.items[1].key']],
      ['evidenced without a rule', editOf(copied, { items: withItem(manualAt, { kind: 'EVIDENCED' }) }), [`input.items[${manualAt}].rule`]],
      [
        'unknown rule',
        editOf(copied, { items: withItem(evidencedAt, { rule: 'PILOT_IS_APPROVED_SOMEDAY' }) }),
        [`input.items[${evidencedAt}].rule`],
      ],
      ['manual with a rule', editOf(copied, { items: withItem(manualAt, { rule: 'STEP_HAS_OWNER' }) }), [`input.items[${manualAt}].rule`]],
      ['201-character item title', editOf(copied, { items: withItem(3, { title: 'x'.repeat(201) }) }), ['input.items[3].title']],
      ['blank source', editOf(copied, { items: withItem(2, { source: '   ' }) }), ['input.items[2].source']],
      ['malformed key', editOf(copied, { items: withItem(4, { key: 'Map Step!' }) }), ['input.items[4].key']],
      [
        '201-character suggestion title',
        editOf(copied, { taskSuggestions: [{ step: 'MAP', title: 'y'.repeat(201), description: '' }] }),
        ['input.taskSuggestions[0].title'],
      ],
      ['a step left without items', editOf(copied, { items: items.filter((i) => i.step !== 'GROW') }), ['input.items']],
      ['a blank name', editOf(copied, { name: '  ' }), ['input.name']],
    ];
    for (const [name, input, fields] of cases) {
      const error = await t.client.fails(Q.update, { input }, as());
      expect({ name, ...codeOf(error) }).toEqual({ name, code: 'BAD_USER_INPUT', fields });
      expect(error.message.length).toBeGreaterThan(10);
    }
    // An unknown step is refused by GraphQL itself, before any rule runs.
    const unknownStep = await t.client.fails(Q.update, { input: editOf(copied, { items: withItem(0, { step: 'DREAM' }) }) }, as());
    expect(codeOf(unknownStep).code).toBe('BAD_USER_INPUT');
    expect(unknownStep.message).toMatch(/DREAM/);

    expect(await read(copied.id)).toEqual(copied);
    expect((await eventsAbout(copied.id)).map((e) => e.type)).toEqual(['TEMPLATE_COPIED']);
  });

  it('answers a stale version with CONFLICT and the current version, changing nothing', async () => {
    const copied = await copy('Contended template');
    const first = editOf(copied, { items: copied.items.slice().reverse() });
    const updated = (await t.client.ok(Q.update, { input: first }, as('PROGRAMME_MANAGER'))).updateWorkflowTemplate as Template;
    expect(updated.version).toBe(2);

    const stale = await t.client.fails(
      Q.update,
      { input: editOf(copied, { name: 'Lost edit', items: copied.items.slice(1) }) },
      as('CONSULTANT'),
    );
    expect(stale.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const staleDelete = await t.client.fails(Q.remove, { input: { templateId: copied.id, version: 1 } }, as());
    expect(staleDelete.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });

    expect(await read(copied.id)).toEqual(updated);
    expect((await eventsAbout(copied.id)).map((e) => e.type)).toEqual(['TEMPLATE_COPIED', 'TEMPLATE_UPDATED']);
  });

  it('deletes a copy, keeps the default, and says so in history', async () => {
    const copied = await copy('Short-lived template');
    const deleted = (await t.client.ok(Q.remove, { input: { templateId: copied.id, version: 1 } }, as('CONSULTANT')))
      .deleteWorkflowTemplate;
    expect(deleted).toEqual({ id: copied.id, templateVersion: 1, version: 1 });
    expect(codeOf(await t.client.fails(Q.one, { id: copied.id }, as()))).toEqual({ code: 'NOT_FOUND' });
    expect(((await t.client.ok(Q.list, {}, as())).workflowTemplates as Template[]).some((l) => l.id === copied.id)).toBe(false);
    expect(codeOf(await t.client.fails(Q.remove, { input: { templateId: copied.id, version: 1 } }, as()))).toEqual({ code: 'NOT_FOUND' });

    const events = await eventsAbout(copied.id);
    expect(events.map((e) => [e.type, e.payload])).toEqual([
      ['TEMPLATE_COPIED', { templateId: copied.id, templateVersion: 1 }],
      ['TEMPLATE_DELETED', { templateId: copied.id, templateVersion: 1, version: 1 }],
    ]);

    // The built-in default is not an organisation's to change.
    const builtIn = await read('default');
    for (const [query, input] of [
      [Q.update, editOf(builtIn)],
      [Q.remove, { templateId: 'default', version: 1 }],
    ] as const) {
      expect(codeOf(await t.client.fails(query, { input }, as()))).toEqual({ code: 'BAD_USER_INPUT', fields: ['input.templateId'] });
    }
  });

  it('lets ADMIN, PROGRAMME_MANAGER and CONSULTANT change templates; CONTRIBUTOR and VIEWER are FORBIDDEN and change nothing', async () => {
    const target = await copy('Role-tested template');
    for (const role of ['CONTRIBUTOR', 'VIEWER'] as const) {
      const listedBefore = (await t.client.ok(Q.list, {}, as(role))).workflowTemplates as Template[];
      expect(codeOf(await t.client.fails(Q.copy, { input: { name: `By ${role}` } }, as(role)))).toEqual({ code: 'FORBIDDEN' });
      expect(codeOf(await t.client.fails(Q.update, { input: editOf(target, { name: `By ${role}` }) }, as(role)))).toEqual({
        code: 'FORBIDDEN',
      });
      expect(codeOf(await t.client.fails(Q.remove, { input: { templateId: target.id, version: target.version } }, as(role)))).toEqual({
        code: 'FORBIDDEN',
      });
      expect((await t.client.ok(Q.list, {}, as(role))).workflowTemplates).toEqual(listedBefore);
    }
    expect(await read(target.id)).toEqual(target);

    let current = target;
    for (const role of ['CONSULTANT', 'PROGRAMME_MANAGER', 'ADMIN'] as const) {
      const own = await copy(`By ${role}`, role);
      expect(own.name).toBe(`By ${role}`);
      current = (await t.client.ok(Q.update, { input: editOf(current, { name: `Edited by ${role}` }) }, as(role))).updateWorkflowTemplate;
      expect(current.name).toBe(`Edited by ${role}`);
      expect((await eventsAbout(own.id))[0]).toMatchObject({ type: 'TEMPLATE_COPIED', actorUserId: people[role].userId });
    }
    expect(current.version).toBe(4);
  });

  it("answers NOT_FOUND for another organisation's template, and never lists it", async () => {
    const theirs = (await t.client.ok(Q.copy, { input: { name: 'Their private template' } }, asOther())).copyDefaultTemplate as Template;
    expect(codeOf(await t.client.fails(Q.one, { id: theirs.id }, as()))).toEqual({ code: 'NOT_FOUND' });
    expect(codeOf(await t.client.fails(Q.update, { input: editOf(theirs, { name: 'Hijacked' }) }, as()))).toEqual({ code: 'NOT_FOUND' });
    expect(codeOf(await t.client.fails(Q.remove, { input: { templateId: theirs.id, version: 1 } }, as()))).toEqual({ code: 'NOT_FOUND' });
    expect(((await t.client.ok(Q.list, {}, as())).workflowTemplates as Template[]).some((l) => l.id === theirs.id)).toBe(false);
    for (const id of [randomUUID(), 'not-a-template-id'])
      expect(codeOf(await t.client.fails(Q.one, { id }, as()))).toEqual({ code: 'NOT_FOUND' });

    expect(await read(theirs.id, asOther())).toEqual(theirs);
    expect((await historyOf(t.client, as(), 100)).some((e) => e.payload.templateId === theirs.id)).toBe(false);
  });
});
