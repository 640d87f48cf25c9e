export * from './entities';
export * from './forms';
export * from './mapping.module';
export * from './service-areas/service-area.entity';
export * from './service-areas/service-area.model';
export { cleanName, nameKey, ServiceAreasService } from './service-areas/service-areas.service';
export * from './initiatives/initiative.entity';
export { CoproductionFormName, Initiative, InitiativeConnection, isCoproduction, isCoproductionSql } from './initiatives/initiative.model';
export * from './initiatives/initiative.inputs';
export * from './initiatives/initiatives.args';
export * from './initiatives/initiatives.service';
export type { InitiativeExportRow, UpsertOptions, UpsertResult } from './initiatives/initiative-bulk.service';
export { defaultRowField, type NormalisedInitiativeRow, type RowField, type RowFieldNamer } from './initiatives/initiative-upsert';
export * from './map/coproduction-map.model';
export * from './map/coproduction-map.service';
export * from './feed/feed-token.entity';
export * from './feed/feed.model';
export { FEED_TOKEN_PREFIX, FeedService } from './feed/feed.service';
export { FEED_TOKEN_SHAPE, type FeedOrganisation, organisationForFeedToken } from './feed/feed-token';
// The CSV machinery, for other libraries' imports (e.g. survey responses): one parser, one way of streaming and answering.
export { CsvFatalError, type CsvRecord, csvLine, parseCsv } from './csv/csv-parser';
export { CSV_CONTENT_TYPES, CSV_UPLOAD_LIMIT_BYTES, CsvBodyParser, csvBody, JsonHttpErrorFilter, limitBytes, PayloadTooLargeError, sendJson, UnsupportedMediaTypeError } from './csv/csv-http';
export { sendFeed } from './feed/feed-response';
// Inputs the demo story (apps/api/src/demo) fills in as a user would.
export { UpdateServiceAreaInput } from './service-areas/service-area.inputs';
