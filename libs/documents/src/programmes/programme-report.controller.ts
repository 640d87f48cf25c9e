import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import { Action, Can, NotFoundError, type RequestContext } from '@app/common';
import { HttpCtx, JsonHttpErrorFilter } from '@app/http';
import type { FastifyReply } from 'fastify';
import { sendHtml, sendPdf } from '../document-response';
import { PdfPrinter } from '../pdf-printer';
import { renderProgrammeReport } from './programme-report';
import { ProgrammeReportService } from './programme-report.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Where a programme's documents are: the paths GraphQL's `Programme.documents` gives. */
export function programmeDocumentPaths(programmeId: string) {
  const base = `/documents/programmes/${programmeId}`;
  return { reportHtml: `${base}/report.html`, reportPdf: `${base}/report.pdf` };
}

/**
 * A programme's report as HTML to print from the browser or as PDF: READ, with the same
 * credentials as the workshop documents (workshop-documents.controller.ts); another
 * organisation's programme is 404.
 */
@Controller('documents/programmes')
@UseFilters(JsonHttpErrorFilter)
export class ProgrammeReportController {
  constructor(
    private readonly reports: ProgrammeReportService,
    private readonly printer: PdfPrinter,
  ) {}

  @Get(':id/report.html')
  @Can(Action.READ)
  async reportHtml(@HttpCtx() ctx: RequestContext, @Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    sendHtml(reply, await renderProgrammeReport(await this.reports.report(ctx, programmeId(id))));
  }

  @Get(':id/report.pdf')
  @Can(Action.READ)
  async reportPdf(@HttpCtx() ctx: RequestContext, @Param('id') id: string, @Res() reply: FastifyReply): Promise<void> {
    const html = await renderProgrammeReport(await this.reports.report(ctx, programmeId(id)));
    sendPdf(reply, await this.printer.print(html), `programme-report-${id}.pdf`);
  }
}

function programmeId(id: string): string {
  if (!UUID.test(id)) throw new NotFoundError('Programme', id.slice(0, 64));
  return id;
}
