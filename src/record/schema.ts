import { z } from "zod";

/** An exact decimal as a plain string: "838000000000", "-0.7", "94.3". Never a JS number. */
export const DecimalString = z
  .string()
  .regex(/^-?\d+(?:\.\d+)?$/, "an exact decimal string without exponent or separators");

/** A half-open range of UTF-16 code units into the caller's input string. */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const ChangeSchema = z.object({
  kind: z.enum(["percent", "times", "points", "absolute"]).optional(),
  value: DecimalString.optional(),
  direction: z.enum(["increase", "decrease", "unchanged"]).optional(),
});

export const ComparisonSchema = z.object({
  against: z.enum(["previous", "plan", "other"]),
  period: z.string().optional(),
  value: DecimalString.optional(),
  change: ChangeSchema.optional(),
  attainment: DecimalString.optional(),
});

export const QualifierSchema = z.enum(["nearly", "about", "over", "under", "at least", "at most"]);
export const StatusSchema = z.enum(["estimated", "preliminary", "target", "forecast"]);

export const StatedSchema = z.object({
  text: z.string(),
  number: z.string(),
  scale: z.string().nullable(),
  unitText: z.string().nullable(),
});

/** One observation of one statistic: the JSON form of `RECORDS.md`. */
export const IndicatorRecordSchema = z.object({
  subject: z.string().min(1),
  value: DecimalString,
  unit: z.string().min(1),
  period: z.string().nullable(),
  qualifier: QualifierSchema.nullable(),
  status: StatusSchema.nullable(),
  valueMax: DecimalString.optional(),
  per: z.string().optional(),
  comparisons: z.array(ComparisonSchema),
  area: z.string().optional(),
  stated: StatedSchema,
  span: SpanSchema,
  sentence: SpanSchema,
  /** Ids of the rules that produced this record, in the order they fired. */
  rules: z.array(z.string()),
});

export const WarningSchema = z.object({
  code: z.enum([
    "ambiguous-separator",
    "inconsistent-figures",
    "input-too-large",
    "unknown-unit",
    "no-subject",
    "unsupported-language",
    "language-undetermined",
    "empty-input",
    "table-not-read",
    "mojibake-repaired",
  ]),
  message: z.string(),
  span: SpanSchema.nullable(),
});

export const DocumentInfoSchema = z.object({
  /** The reference period the whole text is about, as an SDMX time period, or null. */
  period: z.string().nullable(),
  /** Where that period came from: the caller, the text, or nowhere. */
  periodSource: z.enum(["option", "text", "none"]),
  /** The number style the document uses: "vi" (94,3 and 500.000) or "en" (94.3 and 500,000). */
  numberStyle: z.enum(["vi", "en"]),
});

export const ExtractResultSchema = z.object({
  records: z.array(IndicatorRecordSchema),
  warnings: z.array(WarningSchema),
  language: z.string(),
  document: DocumentInfoSchema,
});

export type Span = z.infer<typeof SpanSchema>;
export type Change = z.infer<typeof ChangeSchema>;
export type Comparison = z.infer<typeof ComparisonSchema>;
export type Qualifier = z.infer<typeof QualifierSchema>;
export type Status = z.infer<typeof StatusSchema>;
export type IndicatorRecord = z.infer<typeof IndicatorRecordSchema>;
export type ExtractWarning = z.infer<typeof WarningSchema>;
export type DocumentInfo = z.infer<typeof DocumentInfoSchema>;
export type ExtractResult = z.infer<typeof ExtractResultSchema>;

/** The JSON Schema of one record, for pipelines in other languages. */
export const indicatorRecordJsonSchema = z.toJSONSchema(IndicatorRecordSchema);
