export { extract, createExtractor, DEFAULT_MAX_LENGTH } from "./extract.js";
export type { Extractor } from "./extract.js";
export { extractMany } from "./batch.js";
export type { BatchDocument, BatchResult, BatchFailure } from "./batch.js";
export { ExtractOptionsSchema } from "./options.js";
export type { ExtractOptions } from "./options.js";
export {
  IndicatorRecordSchema,
  ComparisonSchema,
  ChangeSchema,
  SpanSchema,
  StatedSchema,
  WarningSchema,
  DocumentInfoSchema,
  ExtractResultSchema,
  QualifierSchema,
  StatusSchema,
  DecimalString,
  indicatorRecordJsonSchema,
} from "./record/schema.js";
export type {
  IndicatorRecord,
  Comparison,
  Change,
  Span,
  Qualifier,
  Status,
  ExtractWarning,
  DocumentInfo,
  ExtractResult,
} from "./record/schema.js";
