// Printed and shared documents: the page shell and print styles, PDF through Chromium, and each document.
export * from './documents.module';
export { DateWords, renderDocument, Section } from './page';
export { PdfPrinter, PdfUnavailableError } from './pdf-printer';
export { workshopDocumentPaths } from './workshops/workshop-documents.controller';
export { WorkshopDocuments } from './workshops/workshop-documents.resolver';
export * from './workshops/workshop-documents.service';
export { programmeDocumentPaths } from './programmes/programme-report.controller';
export { ProgrammeDocuments } from './programmes/programme-report.resolver';
export * from './programmes/programme-report.service';
