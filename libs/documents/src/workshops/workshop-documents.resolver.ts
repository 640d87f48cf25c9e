import { Field, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Workshop } from '@app/workshops';
import { workshopDocumentPaths } from './workshop-documents.controller';

@ObjectType({
  description:
    "Where a workshop's printed documents are, as paths on this server: GET them with the same credentials as GraphQL " +
    '(a token, or the session cookie beside X-Organisation-Id). Any member may read them; names of participants show only to roles that may read them.',
})
export class WorkshopDocuments {
  @Field({
    description: 'The workshop pack (agenda with timings, checklist items and what each needs, attendees, a notes page) as HTML to print.',
  })
  packHtml: string;

  @Field({ description: 'The workshop pack as PDF.' })
  packPdf: string;

  @Field({ description: 'The workshop record (attendees, outputs by kind, votes with their tallies, what became which record) as HTML.' })
  recordHtml: string;

  @Field({ description: 'The workshop record as PDF.' })
  recordPdf: string;
}

@Resolver(() => Workshop)
export class WorkshopDocumentsResolver {
  @ResolveField(() => WorkshopDocuments, { description: 'Its pack and record, to print or share.' })
  documents(@Parent() workshop: Workshop): WorkshopDocuments {
    return workshopDocumentPaths(workshop.id);
  }
}
