import { Field, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Programme } from '@app/programmes';
import { programmeDocumentPaths } from './programme-report.controller';

@ObjectType({
  description:
    "Where a programme's printed documents are, as paths on this server: GET them with the same credentials as GraphQL " +
    '(a token, or the session cookie beside X-Organisation-Id). Any member may read them; they name no participant.',
})
export class ProgrammeDocuments {
  @Field({
    description:
      'The programme report (the five steps with dates, gates passed and overrides, priorities with a chart of scores, pilots and their metrics, participant counts) as HTML to print.',
  })
  reportHtml: string;

  @Field({ description: 'The programme report as PDF.' })
  reportPdf: string;
}

@Resolver(() => Programme)
export class ProgrammeReportResolver {
  @ResolveField(() => ProgrammeDocuments, { description: 'Its report, to print or share.' })
  documents(@Parent() programme: Programme): ProgrammeDocuments {
    return programmeDocumentPaths(programme.id);
  }
}
