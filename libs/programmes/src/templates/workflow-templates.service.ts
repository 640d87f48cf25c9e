import { Injectable } from '@nestjs/common';
import { BadInputError, ConflictError, NotFoundError, type RequestContext } from '@app/common';
import { Database, updateVersioned } from '@app/database';
import { HistoryService } from '@app/history';
import {
  CHECKLIST_RULES,
  DEFAULT_TEMPLATE,
  RULE_IDS,
  type RuleId,
  type TaskSuggestion,
  type TemplateItemSpec,
  validateTemplate,
  type WorkflowTemplateSpec,
} from '@app/workflow';
import { isDeepStrictEqual } from 'node:util';
import { StepName } from '../step.enum';
import { WorkflowTemplateEntity } from './workflow-template.entity';
import type {
  CopyDefaultTemplateInput,
  DeleteTemplateInput,
  TemplateItemInput,
  TaskSuggestionInput,
  UpdateTemplateInput,
} from './workflow-template.inputs';
import { ChecklistKindName, type ChecklistRuleInfo, DEFAULT_TEMPLATE_ID, type WorkflowTemplate } from './workflow-template.model';

/** What a new programme starts from: the template it names (null for the default) and a copy of its content. */
export interface TemplateForProgramme {
  templateId: string | null;
  templateVersion: number;
  spec: WorkflowTemplateSpec;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const WHAT = 'Workflow template';

function toModel(id: string, spec: WorkflowTemplateSpec, row: { version: number; updatedAt: Date } | null): WorkflowTemplate {
  return {
    id,
    name: spec.name,
    templateVersion: spec.version,
    version: row?.version ?? spec.version,
    isDefault: row === null,
    items: spec.items.map((item) => ({
      key: item.key,
      step: item.step as StepName,
      title: item.title,
      guidance: item.guidance,
      required: item.required,
      kind: item.kind as ChecklistKindName,
      rule: item.rule ?? null,
      source: item.source,
    })),
    taskSuggestions: spec.taskSuggestions.map((task) => ({
      step: task.step as StepName,
      title: task.title,
      description: task.description,
    })),
    updatedAt: row?.updatedAt ?? null,
  };
}

const fromRow = (row: WorkflowTemplateEntity): WorkflowTemplate =>
  toModel(row.id, { ...row.spec, name: row.name, version: row.templateVersion }, row);

function itemSpec(input: TemplateItemInput): TemplateItemSpec {
  const item: TemplateItemSpec = {
    key: input.key.trim(),
    step: input.step,
    title: input.title.trim(),
    guidance: input.guidance.trim(),
    required: input.required,
    kind: input.kind,
    source: input.source.trim(),
  };
  // Unknown rules are left for validateTemplate to name.
  if (input.rule != null) item.rule = input.rule.trim() as RuleId;
  return item;
}

const suggestionSpec = (input: TaskSuggestionInput): TaskSuggestion => ({
  step: input.step,
  title: input.title.trim(),
  description: input.description.trim(),
});

/** The rules of libs/workflow apply to what clients send; their problems name the input's fields. */
function assertValid(spec: WorkflowTemplateSpec): void {
  const problems = validateTemplate(spec);
  if (problems.length) throw new BadInputError(problems.map((p) => ({ field: `input.${p.field}`, message: p.message })));
}

/**
 * The built-in default template and the organisation's own copies of it. Copies are edited as
 * a whole document; programmes snapshot the content they start from, so edits and deletions
 * never reach a running programme.
 */
@Injectable()
export class WorkflowTemplatesService {
  constructor(
    private readonly db: Database,
    private readonly history: HistoryService,
  ) {}

  /** The built-in default first, then the organisation's copies, oldest first. */
  async list(ctx: RequestContext): Promise<WorkflowTemplate[]> {
    const rows = await this.db.tenant(ctx, WorkflowTemplateEntity).find({ order: { createdAt: 'ASC', id: 'ASC' } });
    return [this.builtIn(), ...rows.map(fromRow)];
  }

  /** "default" for the built-in; another organisation's id is NOT_FOUND. */
  async get(ctx: RequestContext, id: string): Promise<WorkflowTemplate> {
    if (id === DEFAULT_TEMPLATE_ID) return this.builtIn();
    return fromRow(await this.findOwn(ctx, id));
  }

  checklistRules(): ChecklistRuleInfo[] {
    return RULE_IDS.map((id) => ({ id, description: CHECKLIST_RULES[id].description }));
  }

  async copyDefault(ctx: RequestContext, input: CopyDefaultTemplateInput): Promise<WorkflowTemplate> {
    const spec: WorkflowTemplateSpec = {
      ...structuredClone(DEFAULT_TEMPLATE),
      name: input.name?.trim() || DEFAULT_TEMPLATE.name,
      version: 1,
    };
    assertValid(spec);
    return this.db.transaction(ctx, async () => {
      const templates = this.db.tenant(ctx, WorkflowTemplateEntity);
      const row = await templates.save(templates.create({ name: spec.name, templateVersion: spec.version, spec }));
      await this.history.record(ctx, { type: 'TEMPLATE_COPIED', payload: { templateId: row.id, templateVersion: row.templateVersion } });
      return fromRow(row);
    });
  }

  /**
   * Replaces the copy's name, items and suggestions with what the client sent, if it still has
   * the version the client saw. Every change of content is a new template version; sending
   * the template unchanged changes nothing.
   */
  async update(ctx: RequestContext, input: UpdateTemplateInput): Promise<WorkflowTemplate> {
    this.refuseDefault(input.templateId);
    return this.db.transaction(ctx, async (em) => {
      const current = await this.findOwn(ctx, input.templateId);
      if (current.version !== input.version) throw new ConflictError(WHAT, current.version);

      const spec: WorkflowTemplateSpec = {
        name: input.name?.trim() || current.name,
        version: current.templateVersion,
        items: input.items.map(itemSpec),
        taskSuggestions: input.taskSuggestions.map(suggestionSpec),
      };
      assertValid(spec);
      if (isDeepStrictEqual(spec, { ...current.spec, name: current.name, version: current.templateVersion })) return fromRow(current);

      spec.version = current.templateVersion + 1;
      // Still guarded by version: an edit that committed since the read above makes this one CONFLICT.
      const updated = await updateVersioned(
        em,
        WorkflowTemplateEntity,
        WHAT,
        { id: current.id, version: input.version, organisationId: ctx.tenantId },
        { name: spec.name, templateVersion: spec.version, spec },
      );
      await this.history.record(ctx, {
        type: 'TEMPLATE_UPDATED',
        payload: { templateId: updated.id, templateVersion: updated.templateVersion, version: updated.version },
      });
      return fromRow(updated);
    });
  }

  /** Programmes keep a snapshot of their template, so a copy can go even while programmes use it. */
  async remove(ctx: RequestContext, input: DeleteTemplateInput): Promise<WorkflowTemplate> {
    this.refuseDefault(input.templateId);
    return this.db.transaction(ctx, async () => {
      const current = await this.findOwn(ctx, input.templateId);
      const templates = this.db.tenant(ctx, WorkflowTemplateEntity);
      if (!(await templates.delete({ id: current.id, version: input.version }))) {
        const now = await templates.findOneBy({ id: current.id });
        if (!now) throw new NotFoundError(WHAT, input.templateId);
        throw new ConflictError(WHAT, now.version);
      }
      await this.history.record(ctx, {
        type: 'TEMPLATE_DELETED',
        payload: { templateId: current.id, templateVersion: current.templateVersion, version: current.version },
      });
      return fromRow(current);
    });
  }

  /**
   * What a new programme starts from: null or "default" is the built-in template; another id
   * must be one of the organisation's copies (NOT_FOUND otherwise). The spec is a copy the
   * caller may keep as the programme's snapshot.
   */
  async resolveForNewProgramme(ctx: RequestContext, templateId: string | null): Promise<TemplateForProgramme> {
    if (templateId === null || templateId === DEFAULT_TEMPLATE_ID) {
      return { templateId: null, templateVersion: DEFAULT_TEMPLATE.version, spec: structuredClone(DEFAULT_TEMPLATE) };
    }
    const row = await this.findOwn(ctx, templateId);
    return {
      templateId: row.id,
      templateVersion: row.templateVersion,
      spec: { ...structuredClone(row.spec), name: row.name, version: row.templateVersion },
    };
  }

  private builtIn(): WorkflowTemplate {
    return toModel(DEFAULT_TEMPLATE_ID, DEFAULT_TEMPLATE, null);
  }

  private async findOwn(ctx: RequestContext, id: string): Promise<WorkflowTemplateEntity> {
    // A malformed id cannot be anyone's template; checking here keeps it away from the uuid column.
    const row = UUID.test(id) ? await this.db.tenant(ctx, WorkflowTemplateEntity).findOneBy({ id }) : null;
    if (!row) throw new NotFoundError(WHAT, id);
    return row;
  }

  private refuseDefault(templateId: string): void {
    if (templateId === DEFAULT_TEMPLATE_ID) {
      throw BadInputError.field(
        'input.templateId',
        'The built-in default template cannot be changed: copy it with copyDefaultTemplate and edit the copy.',
      );
    }
  }
}
