import { Module } from '@nestjs/common';
import { PlainHttpModule } from '@app/http';
import { IdentityModule } from '@app/identity';
import { MappingModule } from '@app/mapping';
import { PeopleModule } from '@app/people';
import { PilotsModule } from '@app/pilots';
import { ProgrammesModule } from '@app/programmes';
import { WorkshopsModule } from '@app/workshops';
import { PdfPrinter } from './pdf-printer';
import { WorkshopDocumentsController } from './workshops/workshop-documents.controller';
import { WorkshopDocumentsResolver } from './workshops/workshop-documents.resolver';
import { WorkshopDocumentsService } from './workshops/workshop-documents.service';

/** Printed and shared documents: HTML rendered on the server with print styles, and PDF through headless Chromium. */
@Module({
  imports: [PlainHttpModule, IdentityModule, ProgrammesModule, MappingModule, PilotsModule, PeopleModule, WorkshopsModule],
  providers: [PdfPrinter, WorkshopDocumentsService, WorkshopDocumentsResolver],
  controllers: [WorkshopDocumentsController],
  exports: [PdfPrinter, WorkshopDocumentsService],
})
export class DocumentsModule {}
