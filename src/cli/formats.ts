import type { IndicatorRecord } from "../index.js";
import { formatCsv } from "./csv.js";
import { STDIN } from "./read-input.js";
import { formatTable } from "./table.js";

/** One record and the input it came from ("-" for standard input). */
export interface SourcedRecord {
  source: string;
  record: IndicatorRecord;
}

export interface FormatContext {
  /** The inputs as named on the command line, "-" for standard input. */
  inputs: readonly string[];
}

type Formatter = (rows: readonly SourcedRecord[], context: FormatContext) => string;

const severalInputs = ({ inputs }: FormatContext): boolean => inputs.length > 1;
const namesFiles = ({ inputs }: FormatContext): boolean => inputs.some((input) => input !== STDIN);

const withSource = ({ source, record }: SourcedRecord): object => ({ source, ...record });

const formatters = {
  table: (rows, context) => formatTable(rows, severalInputs(context)),
  // A single input prints exactly its records array: the scorer and other tools read that.
  json: (rows, context) =>
    `${JSON.stringify(severalInputs(context) ? rows.map(withSource) : rows.map((row) => row.record), null, 2)}\n`,
  // A line stands alone, so it names its file whenever there is one to name.
  jsonl: (rows, context) => {
    const label = severalInputs(context) || namesFiles(context);
    return rows.map((row) => `${JSON.stringify(label ? withSource(row) : row.record)}\n`).join("");
  },
  csv: (rows) => formatCsv(rows),
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof formatters;
export const FORMAT_NAMES = Object.keys(formatters) as FormatName[];

export const isFormatName = (name: string): name is FormatName => Object.hasOwn(formatters, name);

/** Renders records in the named output format, ready to write to stdout. */
export function formatRecords(format: FormatName, rows: readonly SourcedRecord[], context: FormatContext): string {
  return formatters[format](rows, context);
}
