import type { Comparison } from "../index.js";
import type { SourcedRecord } from "./formats.js";

/** The document id, or else the input, as one cell: an id that is not a string or number as its JSON. */
export function labelCell({ id, source }: SourcedRecord): string {
  if (id === undefined) return source;
  return typeof id === "string" || typeof id === "number" ? String(id) : JSON.stringify(id);
}

type Cell = string | number | null | undefined;

/** How many comparisons get their own columns; a record rarely has more than two. */
const COMPARISON_COLUMNS = 2;

const comparisonFields: Record<string, (c: Comparison) => Cell> = {
  against: (c) => c.against,
  period: (c) => c.period,
  value: (c) => c.value,
  change_kind: (c) => c.change?.kind,
  change_value: (c) => c.change?.value,
  change_direction: (c) => c.change?.direction,
  attainment: (c) => c.attainment,
};

const recordColumns: Record<string, (row: SourcedRecord) => Cell> = {
  source: labelCell,
  subject: (row) => row.record.subject,
  value: (row) => row.record.value,
  unit: (row) => row.record.unit,
  valueMax: (row) => row.record.valueMax,
  per: (row) => row.record.per,
  period: (row) => row.record.period,
  qualifier: (row) => row.record.qualifier,
  status: (row) => row.record.status,
  area: (row) => row.record.area,
  stated_text: (row) => row.record.stated.text,
  span_start: (row) => row.record.span.start,
  span_end: (row) => row.record.span.end,
};

const comparisonColumns = Array.from({ length: COMPARISON_COLUMNS }, (_, index) =>
  Object.entries(comparisonFields).map(([name, read]): [string, (row: SourcedRecord) => Cell] => [
    `cmp${index + 1}_${name}`,
    (row) => {
      const comparison = row.record.comparisons[index];
      return comparison && read(comparison);
    },
  ]),
).flat();

const columns = [...Object.entries(recordColumns), ...comparisonColumns];

/** Quotes a field as RFC 4180 asks: when it holds a comma, a quote or a line break. */
function csvField(cell: Cell): string {
  const text = cell == null ? "" : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvLine = (cells: readonly Cell[]): string => `${cells.map(csvField).join(",")}\r\n`;

/** The header row; its first column names the input ("source") or the document ("id"). */
export const csvHeader = (label: "source" | "id"): string =>
  csvLine([label, ...columns.slice(1).map(([name]) => name)]);

/** One record's row, comparisons flattened into cmp1_…, cmp2_… columns. */
export const csvRow = (row: SourcedRecord): string => csvLine(columns.map(([, read]) => read(row)));
