import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import { Action, Can, NotFoundError, type RequestContext } from '@app/common';
import { HttpCtx, JsonHttpErrorFilter } from '@app/http';
import type { FastifyReply } from 'fastify';
import { sendHtml, sendPdf } from '../document-response';
import { PdfPrinter } from '../pdf-printer';
import { WorkshopDocumentsService } from './workshop-documents.service';
import { renderWorkshopPack } from './workshop-pack';
import { renderWorkshopRecord } from './workshop-record';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Where a workshop's documents are: the paths GraphQL's `Workshop.documents` gives. */
export function workshopDocumentPaths(workshopId: string) {
  const base = `/documents/workshops/${workshopId}`;
  return { packHtml: `${base}/pack.html`, packPdf: `${base}/pack.pdf`, recordHtml: `${base}/record.html`, recordPdf: `${base}/record.pdf` };
}

/**
 * A workshop's pack (before) and record (after), as HTML to print from the browser or as PDF.
 * READ, like the workshop on GraphQL, with the same credentials as the CSV exports (headers, or
 * the session cookie beside X-Organisation-Id: `libs/http/src/request-access.ts`); another
 * organisation's workshop is 404, and a guest's pass opens nothing here.
 */
@Controller('documents/workshops')
@UseFilters(JsonHttpErrorFilter)
export class WorkshopDocumentsController {
  constructor(
    private readonly documents: WorkshopDocumentsService,
    private readonly printer: PdfPrinter,
  ) {}

  @Get(':id/pack.html')
  @Can(Action.READ)
  async packHtml(@HttpCtx() ctx: RequestContext, @Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    sendHtml(reply, await renderWorkshopPack(await this.documents.pack(ctx, workshopId(id))));
  }

  @Get(':id/pack.pdf')
  @Can(Action.READ)
  async packPdf(@HttpCtx() ctx: RequestContext, @Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    const html = await renderWorkshopPack(await this.documents.pack(ctx, workshopId(id)));
    sendPdf(reply, await this.printer.print(html), `workshop-pack-${id}.pdf`);
  }

  @Get(':id/record.html')
  @Can(Action.READ)
  async recordHtml(@HttpCtx() ctx: RequestContext, @Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    sendHtml(reply, await renderWorkshopRecord(await this.documents.record(ctx, workshopId(id))));
  }

  @Get(':id/record.pdf')
  @Can(Action.READ)
  async recordPdf(@HttpCtx() ctx: RequestContext, @Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    const html = await renderWorkshopRecord(await this.documents.record(ctx, workshopId(id)));
    sendPdf(reply, await this.printer.print(html), `workshop-record-${id}.pdf`);
  }
}

function workshopId(id: string): string {
  if (!UUID.test(id)) throw new NotFoundError('Workshop', id.slice(0, 64));
  return id;
}
