import { Module } from '@nestjs/common';
import { GrowthModule } from '@app/growth';
import { PlainHttpModule } from '@app/http';
import { IdentityModule } from '@app/identity';
import { MappingModule } from '@app/mapping';
import { PeopleModule } from '@app/people';
import { PilotsModule } from '@app/pilots';
import { ProgrammesModule } from '@app/programmes';
import { SurveysModule } from '@app/surveys';
import { WorkshopsModule } from '@app/workshops';
import { PdfPrinter } from './pdf-printer';
import { ProgrammeReportController } from './programmes/programme-report.controller';
import { ProgrammeReportResolver } from './programmes/programme-report.resolver';
import { ProgrammeReportService } from './programmes/programme-report.service';
import { WorkshopDocumentsController } from './workshops/workshop-documents.controller';
import { WorkshopDocumentsResolver } from './workshops/workshop-documents.resolver';
import { WorkshopDocumentsService } from './workshops/workshop-documents.service';

/** Printed and shared documents: HTML rendered on the server with print styles, and PDF through headless Chromium. */
@Module({
  imports: [
    PlainHttpModule,
    IdentityModule,
    ProgrammesModule,
    MappingModule,
    PilotsModule,
    PeopleModule,
    WorkshopsModule,
    GrowthModule,
    SurveysModule,
  ],
  providers: [PdfPrinter, WorkshopDocumentsService, WorkshopDocumentsResolver, ProgrammeReportService, ProgrammeReportResolver],
  controllers: [WorkshopDocumentsController, ProgrammeReportController],
  exports: [PdfPrinter, WorkshopDocumentsService, ProgrammeReportService],
})
export class DocumentsModule {}
