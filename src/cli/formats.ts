import type { IndicatorRecord } from "../index.js";
import { csvHeader, csvRow } from "./csv.js";
import { STDIN } from "./read-input.js";
import { formatTable } from "./table.js";

/** One record and where it came from: its input ("-" for standard input) and, for JSON lines, its document's id. */
export interface SourcedRecord {
  source: string;
  /** The document's id, for records read from JSON lines. */
  id?: unknown;
  record: IndicatorRecord;
}

export interface FormatContext {
  /** The inputs as named on the command line, "-" for standard input. */
  inputs: readonly string[];
  /** Whether the inputs are JSON lines of documents: then every record names its document's id. */
  jsonLines?: boolean;
}

/** The field that says where a record came from, or null when the output needs none. */
export type Label = "source" | "id" | null;

const severalInputs = ({ inputs }: FormatContext): boolean => inputs.length > 1;
const namesFiles = ({ inputs }: FormatContext): boolean => inputs.some((input) => input !== STDIN);

/** JSON lines of documents always name the document; files are named as the format's rule says. */
const labelWhen = (rule: (context: FormatContext) => boolean) => (context: FormatContext): Label =>
  context.jsonLines ? "id" : rule(context) ? "source" : null;

function labelled(row: SourcedRecord, label: Label): object {
  if (label === "id") return { id: row.id, ...row.record };
  return label === "source" ? { source: row.source, ...row.record } : row.record;
}

/**
 * A format that can be written record by record, as the records come: `head`, then each
 * record's text with `separator` between two, then `tail`. `record` is pure, so worker threads
 * can render records and hand back text.
 */
export interface StreamingFormatter {
  head: (context: FormatContext) => string;
  record: (row: SourcedRecord, context: FormatContext) => string;
  separator: string;
  tail: (context: FormatContext, count: number) => string;
}

/** A format that needs every record before it prints anything, such as a table sized to its cells. */
export interface WholeFormatter {
  whole: (rows: readonly SourcedRecord[], context: FormatContext) => string;
}

// A single input prints exactly its records array: the scorer and other tools read that.
const jsonLabel = labelWhen(severalInputs);
// A line stands alone, so it names its file whenever there is one to name.
const jsonlLabel = labelWhen((context) => severalInputs(context) || namesFiles(context));
const tableLabel = labelWhen(severalInputs);

const formatters = {
  table: { whole: (rows, context) => formatTable(rows, tableLabel(context)) },
  // Exactly JSON.stringify(records, null, 2), written one element at a time.
  json: {
    head: () => "[",
    record: (row, context) => `\n  ${JSON.stringify(labelled(row, jsonLabel(context)), null, 2).replace(/\n/g, "\n  ")}`,
    separator: ",",
    tail: (_context, count) => (count === 0 ? "]\n" : "\n]\n"),
  },
  jsonl: {
    head: () => "",
    record: (row, context) => `${JSON.stringify(labelled(row, jsonlLabel(context)))}\n`,
    separator: "",
    tail: () => "",
  },
  csv: {
    head: (context) => csvHeader(context.jsonLines ? "id" : "source"),
    record: (row) => csvRow(row),
    separator: "",
    tail: () => "",
  },
} satisfies Record<string, StreamingFormatter | WholeFormatter>;

export type FormatName = keyof typeof formatters;
export const FORMAT_NAMES = Object.keys(formatters) as FormatName[];

export const isFormatName = (name: string): name is FormatName => Object.hasOwn(formatters, name);

/** The named format's formatter: streaming, or one that needs every record first. */
export const formatterOf = (format: FormatName): StreamingFormatter | WholeFormatter => formatters[format];

/** Renders records in the named output format, ready to write to stdout. */
export function formatRecords(format: FormatName, rows: readonly SourcedRecord[], context: FormatContext): string {
  const formatter = formatterOf(format);
  if ("whole" in formatter) return formatter.whole(rows, context);
  const { head, record, separator, tail } = formatter;
  return head(context) + rows.map((row) => record(row, context)).join(separator) + tail(context, rows.length);
}
