import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { TestingModule } from '@nestjs/testing';
import { BadInputError, ConflictError, NotFoundError, RequestContext, Role } from '@app/common';
import { Database } from '@app/database';
import { DEFAULT_TEMPLATE } from '@app/workflow';
import { serviceTestingModule, ownerQuery } from '../../../../test/support/service-module';
import { StepName } from '../step.enum';
import type { TemplateItemInput, UpdateTemplateInput } from './workflow-template.inputs';
import { ChecklistKindName, type WorkflowTemplate } from './workflow-template.model';
import { WorkflowTemplatesModule } from './workflow-templates.module';
import { WorkflowTemplatesService } from './workflow-templates.service';

/** The service on a real, migrated database (PGlite, or PostgreSQL when DATABASE_URL is set). */
describe('WorkflowTemplatesService', () => {
  let module: TestingModule;
  let templates: WorkflowTemplatesService;
  let db: Database;
  let ctx: RequestContext;
  let otherCtx: RequestContext;

  async function newOrganisation(): Promise<RequestContext> {
    const [row] = await ownerQuery(
      db,
      `INSERT INTO organisation (name, time_zone, currency, version) VALUES ('Org', 'Europe/London', 'GBP', 1) RETURNING id`,
    );
    const context = new RequestContext(randomUUID());
    context.actor = { kind: 'user', userId: randomUUID() };
    context.organisationId = row.id;
    context.role = Role.CONSULTANT;
    return context;
  }

  beforeAll(async () => {
    module = await serviceTestingModule(WorkflowTemplatesModule);
    templates = module.get(WorkflowTemplatesService);
    db = module.get(Database);
    ctx = await newOrganisation();
    otherCtx = await newOrganisation();
  });
  afterAll(() => module.close());

  const asInput = (template: WorkflowTemplate, changes: Partial<UpdateTemplateInput> = {}): UpdateTemplateInput => ({
    templateId: template.id,
    version: template.version,
    items: template.items.map((item) => ({ ...item, rule: item.rule ?? undefined })) as TemplateItemInput[],
    taskSuggestions: template.taskSuggestions,
    ...changes,
  });
  const events = (templateId: string): Promise<Array<{ type: string; payload: Record<string, unknown>; programme_id: string | null }>> =>
    ownerQuery(db, `SELECT type, payload, programme_id FROM event WHERE payload->>'templateId' = $1 ORDER BY id`, [templateId]);

  it("lists the built-in default before the copies, and only the organisation's copies", async () => {
    const ours = await templates.copyDefault(ctx, { name: 'Ours' });
    const theirs = await templates.copyDefault(otherCtx, {});
    const listed = await templates.list(ctx);
    expect(listed.map((t) => t.id)).toEqual(['default', ours.id]);
    expect(listed[0]).toMatchObject({
      isDefault: true,
      name: DEFAULT_TEMPLATE.name,
      templateVersion: DEFAULT_TEMPLATE.version,
      updatedAt: null,
    });
    expect(listed[0].items).toHaveLength(DEFAULT_TEMPLATE.items.length);
    expect(theirs.name).toBe(DEFAULT_TEMPLATE.name);
    await expect(templates.get(ctx, theirs.id)).rejects.toThrow(NotFoundError);
    await expect(templates.get(ctx, 'nonsense')).rejects.toThrow(NotFoundError);
  });

  it('copies the default whole, at template version 1', async () => {
    const copy = await templates.copyDefault(ctx, { name: '  Trimmed  ' });
    expect(copy).toMatchObject({ name: 'Trimmed', templateVersion: 1, version: 1, isDefault: false });
    expect(copy.items.map((i) => i.key)).toEqual(DEFAULT_TEMPLATE.items.map((i) => i.key));
    const [row] = await ownerQuery(db, `SELECT spec FROM workflow_template WHERE id = $1`, [copy.id]);
    expect(row.spec).toEqual({ ...DEFAULT_TEMPLATE, name: 'Trimmed', version: 1 });
    expect(await events(copy.id)).toEqual([
      { type: 'TEMPLATE_COPIED', payload: { templateId: copy.id, templateVersion: 1 }, programme_id: null },
    ]);
  });

  it('replaces the lists as sent, bumping the template version only when the content changes', async () => {
    const copy = await templates.copyDefault(ctx, {});
    const added: TemplateItemInput = {
      key: 'grow.celebrate',
      step: StepName.GROW,
      title: 'Celebrate with everyone who took part',
      guidance: '',
      required: false,
      kind: ChecklistKindName.MANUAL,
      source: 'our own practice',
    };
    const items = [added, ...asInput(copy).items.slice(2).reverse()];
    const edited = await templates.update(ctx, asInput(copy, { items, taskSuggestions: [] }));
    expect(edited).toMatchObject({ templateVersion: 2, version: 2, taskSuggestions: [] });
    expect(edited.items.map((i) => i.key)).toEqual(items.map((i) => i.key));
    expect(edited.items[0]).toEqual({ ...added, rule: null });

    const unchanged = await templates.update(ctx, asInput(edited));
    expect(unchanged).toMatchObject({ templateVersion: 2, version: 2 });
    expect((await events(copy.id)).map((e) => e.type)).toEqual(['TEMPLATE_COPIED', 'TEMPLATE_UPDATED']);

    // A stale version is refused even when it would change nothing.
    await expect(templates.update(ctx, asInput(copy))).rejects.toThrow(ConflictError);
  });

  it("maps the workflow rules' problems to input fields", async () => {
    const copy = await templates.copyDefault(ctx, {});
    const items = asInput(copy).items;
    const evidenced = items.findIndex((i) => i.kind === ChecklistKindName.EVIDENCED);
    items[evidenced] = { ...items[evidenced], rule: undefined };
    items[1] = { ...items[1], key: items[0].key };
    const error = await templates.update(ctx, asInput(copy, { items })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadInputError);
    expect((error as BadInputError).problems.map((p) => p.field).sort()).toEqual(
      ['input.items[1].key', `input.items[${evidenced}].rule`].sort(),
    );
    expect((await templates.get(ctx, copy.id)).version).toBe(1);
  });

  it('refuses to change the built-in default and answers NOT_FOUND for other organisations', async () => {
    const builtIn = await templates.get(ctx, 'default');
    await expect(templates.update(ctx, asInput(builtIn))).rejects.toThrow(BadInputError);
    await expect(templates.remove(ctx, { templateId: 'default', version: 1 })).rejects.toThrow(BadInputError);
    const theirs = await templates.copyDefault(otherCtx, {});
    await expect(templates.update(ctx, asInput(theirs))).rejects.toThrow(NotFoundError);
    await expect(templates.remove(ctx, { templateId: theirs.id, version: 1 })).rejects.toThrow(NotFoundError);
    await expect(templates.resolveForNewProgramme(ctx, theirs.id)).rejects.toThrow(NotFoundError);
  });

  it('deletes a copy at the version seen', async () => {
    const copy = await templates.copyDefault(ctx, {});
    await expect(templates.remove(ctx, { templateId: copy.id, version: 2 })).rejects.toThrow(ConflictError);
    expect(await templates.remove(ctx, { templateId: copy.id, version: 1 })).toMatchObject({ id: copy.id });
    await expect(templates.get(ctx, copy.id)).rejects.toThrow(NotFoundError);
    expect((await events(copy.id)).map((e) => e.type)).toEqual(['TEMPLATE_COPIED', 'TEMPLATE_DELETED']);
  });

  it('resolves what a new programme starts from: the default, or a copy at its current version', async () => {
    for (const id of [null, 'default']) {
      const resolved = await templates.resolveForNewProgramme(ctx, id);
      expect(resolved).toEqual({ templateId: null, templateVersion: DEFAULT_TEMPLATE.version, spec: DEFAULT_TEMPLATE });
      expect(resolved.spec).not.toBe(DEFAULT_TEMPLATE); // a copy the caller may keep
    }
    const copy = await templates.copyDefault(ctx, { name: 'Resolved' });
    const edited = await templates.update(ctx, asInput(copy, { name: 'Resolved v2', taskSuggestions: [] }));
    const resolved = await templates.resolveForNewProgramme(ctx, copy.id);
    expect(resolved).toMatchObject({
      templateId: copy.id,
      templateVersion: 2,
      spec: { name: 'Resolved v2', version: 2, taskSuggestions: [] },
    });
    expect(resolved.spec.items.map((i) => i.key)).toEqual(edited.items.map((i) => i.key));
  });
});
