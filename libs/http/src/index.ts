// Plain HTTP beside GraphQL: streaming CSV in and out, body limits, JSON errors, feeds, how a route learns who calls it,
// and outbound HTTP that never reaches inside the network (outbound/).
export { limitBytes, PayloadTooLargeError } from './body-limit';
export { CSV_CONTENT_TYPES, CSV_UPLOAD_LIMIT_BYTES, CsvBodyParser, csvBody, csvUpload, UnsupportedMediaTypeError } from './csv/csv-body';
export { CsvFatalError, CsvParser, type CsvRecord, parseCsv } from './csv/csv-parser';
export {
  type CsvCell,
  type CsvColumn,
  CsvDecimal,
  csvDecimal,
  csvLine,
  csvLocalTime,
  csvStream,
  csvTable,
  escapeFormula,
  exportCell,
  fileNamePart,
  sendCsv,
  unescapeFormula,
} from './csv/csv-writer';
export { type ExportQuery, exportQuery } from './csv/export-query';
export { RowSpool } from './csv/row-spool';
export { type FeedText, sendFeed, sendFeedText } from './feed-response';
export { JsonHttpErrorFilter, sendJson } from './json-errors';
export {
  type AddressRefusal,
  addressRefusal,
  DestinationAllowList,
  DestinationPolicy,
  DestinationRefusedError,
  normaliseHost,
  type RefusalReason,
} from './outbound/destination-policy';
export { HostLookupError, HostResolver, type ResolvedAddress } from './outbound/host-resolver';
export { destinationRefusal, type GuardedFetch, OutboundGuard, type OutboundGuardOptions } from './outbound/outbound-guard';
export { PlainHttpModule } from './plain-http.module';
export { queryFlag } from './query-flag';
export { HttpCtx, httpRequestContext, plainHttpSession } from './request-access';
