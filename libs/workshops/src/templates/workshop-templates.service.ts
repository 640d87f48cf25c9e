import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError, type PageArgs, pageWindow, type RequestContext } from '@app/common';
import { Database } from '@app/database';
import { suggestedAgenda } from '@app/workflow';
import type { AgendaSectionInput } from '../workshops/workshop.inputs';
import type { TemplateSection } from './workshop-template.entity';
import type { CreateWorkshopTemplateInput, DeleteWorkshopTemplateInput, UpdateWorkshopTemplateInput } from './workshop-template.inputs';
import type { WorkshopTemplate } from './workshop-template.model';

const COLUMNS = `id, title, step, sections, version, created_at AS "createdAt", updated_at AS "updatedAt"`;

/**
 * A person's own workshop templates, kept across every organisation they serve. The table stands
 * behind the tenancy wall, reached only on the WORKSHOP_TEMPLATES path, and every statement here
 * names the caller as the owner: another person's template is NOT_FOUND, whatever organisation
 * either acts in. Templates hold no organisation's data, so they record no organisation's history.
 */
@Injectable()
export class WorkshopTemplatesService {
  constructor(private readonly db: Database) {}

  async create(ctx: RequestContext, input: CreateWorkshopTemplateInput): Promise<WorkshopTemplate> {
    const sections = input.sections ? toSections(input.sections) : suggestedAgenda(input.step).map(toSection);
    const [row] = await this.db.query<WorkshopTemplate>(
      this.path(ctx),
      `INSERT INTO workshop_template (owner_user_id, title, step, sections, version) VALUES ($1, $2, $3, $4::jsonb, 1) RETURNING ${COLUMNS}`,
      [ctx.userId, input.title.trim(), input.step, JSON.stringify(sections)],
    );
    return row;
  }

  async update(ctx: RequestContext, input: UpdateWorkshopTemplateInput): Promise<WorkshopTemplate> {
    const rows = returned<WorkshopTemplate>(
      await this.db.query(
        this.path(ctx),
        `UPDATE workshop_template SET title = coalesce($4, title), step = coalesce($5, step), sections = coalesce($6::jsonb, sections),
              version = version + 1, updated_at = now()
        WHERE id = $1 AND owner_user_id = $2 AND version = $3 RETURNING ${COLUMNS}`,
        [
          input.templateId,
          ctx.userId,
          input.version,
          input.title?.trim() ?? null,
          input.step ?? null,
          input.sections ? JSON.stringify(toSections(input.sections)) : null,
        ],
      ),
    );
    if (rows[0]) return rows[0];
    throw new ConflictError('Workshop template', (await this.get(ctx, input.templateId)).version);
  }

  async delete(ctx: RequestContext, input: DeleteWorkshopTemplateInput): Promise<WorkshopTemplate> {
    const current = await this.get(ctx, input.templateId);
    if (current.version !== input.version) throw new ConflictError('Workshop template', current.version);
    // RETURNING tells whether the row went: a change that came between the read and here leaves it, and says so.
    const deleted = returned<{ id: string }>(
      await this.db.query(
        this.path(ctx),
        `DELETE FROM workshop_template WHERE id = $1 AND owner_user_id = $2 AND version = $3 RETURNING id`,
        [input.templateId, ctx.userId, input.version],
      ),
    );
    if (!deleted.length) throw new ConflictError('Workshop template', (await this.get(ctx, input.templateId)).version);
    return current;
  }

  /** One of the caller's own templates; anyone else's is NOT_FOUND. */
  async get(ctx: RequestContext, id: string): Promise<WorkshopTemplate> {
    const [row] = await this.db.query<WorkshopTemplate>(
      this.path(ctx),
      `SELECT ${COLUMNS} FROM workshop_template WHERE id = $1 AND owner_user_id = $2`,
      [id, ctx.userId],
    );
    if (!row) throw new NotFoundError('Workshop template', id);
    return row;
  }

  /** One page of the caller's templates, most recently changed first. */
  async page(ctx: RequestContext, args: PageArgs): Promise<[WorkshopTemplate[], number]> {
    const { offset, limit } = pageWindow(args);
    const [rows, [{ total }]] = await Promise.all([
      this.db.query<WorkshopTemplate>(
        this.path(ctx),
        `SELECT ${COLUMNS} FROM workshop_template WHERE owner_user_id = $1 ORDER BY updated_at DESC, id LIMIT $2 OFFSET $3`,
        [ctx.userId, limit, offset],
      ),
      this.db.query<{ total: number }>(this.path(ctx), `SELECT count(*)::int AS total FROM workshop_template WHERE owner_user_id = $1`, [
        ctx.userId,
      ]),
    ]);
    return [rows, total];
  }

  private path(ctx: RequestContext): RequestContext {
    return ctx.across('WORKSHOP_TEMPLATES');
  }
}

/** UPDATE or DELETE … RETURNING through TypeORM answers [rows, count] on PostgreSQL; the rows either way. */
function returned<T>(result: unknown): T[] {
  const rows = result as unknown[];
  return (Array.isArray(rows[0]) ? rows[0] : rows) as T[];
}

function toSection(section: { title: string; minutes: number; checklistKeys?: readonly string[] }): TemplateSection {
  return { title: section.title.trim(), minutes: section.minutes, checklistKeys: [...new Set(section.checklistKeys ?? [])] };
}

function toSections(sections: readonly AgendaSectionInput[]): TemplateSection[] {
  return sections.map(toSection);
}
