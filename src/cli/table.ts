import type { Change, Comparison, IndicatorRecord } from "../index.js";
import { labelCell } from "./csv.js";
import type { Label, SourcedRecord } from "./formats.js";

const SUBJECT_WIDTH = 50;

interface Column {
  header: string;
  cell: (row: SourcedRecord) => string;
  alignRight?: true;
}

/** Counts what a terminal shows as one character each: code points of the composed (NFC) text. */
const width = (text: string): number => [...text.normalize("NFC")].length;

function truncate(text: string, max: number): string {
  const chars = [...text.normalize("NFC")];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

/** "838000000000" → "838 000 000 000": digit groups a reader of either number style reads alike. */
function groupDigits(decimal: string): string {
  const [whole = "", fraction] = decimal.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

const SIGNS: Record<NonNullable<Change["direction"]>, string> = { increase: "+", decrease: "-", unchanged: "±" };
const DIRECTION_WORDS: Record<NonNullable<Change["direction"]>, string> = {
  increase: "up",
  decrease: "down",
  unchanged: "unchanged",
};

/** "+18%", "-0.7 pp", "×1.86", "+5 000": the change as a reader writes it. */
function describeChange(change: Change): string | undefined {
  const { kind, value, direction } = change;
  if (value === undefined || kind === undefined) return direction && DIRECTION_WORDS[direction];
  const sign = direction ? SIGNS[direction] : "";
  switch (kind) {
    case "percent":
      return `${sign}${value}%`;
    case "points":
      return `${sign}${value} pp`;
    case "times":
      return `×${value}`;
    case "absolute":
      return `${sign}${groupDigits(value)}`;
  }
}

function baselineName(comparison: Comparison): string {
  if (comparison.against === "plan") return comparison.period ? `plan ${comparison.period}` : "plan";
  return comparison.period ?? comparison.against;
}

/** "+18% vs 2023", "95% of plan", "vs 2023 (584 000 000 000)". */
function describeComparison(comparison: Comparison): string {
  const baseline = baselineName(comparison);
  const change = comparison.change && describeChange(comparison.change);
  const parts: string[] = [];
  if (change || comparison.attainment === undefined) {
    const was = comparison.value === undefined ? "" : ` (${groupDigits(comparison.value)})`;
    parts.push(`${change ? `${change} ` : ""}vs ${baseline}${was}`);
  }
  if (comparison.attainment !== undefined) parts.push(`${comparison.attainment}% of ${baseline}`);
  return parts.join(", ");
}

const describeValue = (record: IndicatorRecord): string =>
  record.valueMax === undefined
    ? groupDigits(record.value)
    : `${groupDigits(record.value)}–${groupDigits(record.valueMax)}`;

const COLUMNS: Column[] = [
  { header: "subject", cell: ({ record }) => truncate(record.subject, SUBJECT_WIDTH) },
  { header: "value", cell: ({ record }) => describeValue(record), alignRight: true },
  { header: "unit", cell: ({ record }) => (record.per ? `${record.unit}/${record.per}` : record.unit) },
  { header: "period", cell: ({ record }) => record.period ?? "" },
  {
    header: "qualifier/status",
    cell: ({ record }) => [record.qualifier, record.status].filter((word) => word !== null).join(", "),
  },
  { header: "comparisons", cell: ({ record }) => record.comparisons.map(describeComparison).join("; ") },
];

const labelColumn = (header: string): Column => ({ header, cell: labelCell });

function pad(text: string, size: number, alignRight: boolean): string {
  const fill = " ".repeat(Math.max(0, size - width(text)));
  return alignRight ? fill + text : text + fill;
}

/** An aligned plain-text table for a person at a terminal, one line per record. */
export function formatTable(rows: readonly SourcedRecord[], label: Label): string {
  if (rows.length === 0) return "(no records)\n";
  const columns = label === null ? COLUMNS : [labelColumn(label), ...COLUMNS];
  // A line break or tab inside a subject would tear the row apart.
  const cells = rows.map((row) => columns.map((column) => column.cell(row).replace(/\s+/g, " ")));
  // A reduce, not Math.max(...cells): a corpus can have more rows than a call has arguments.
  const sizes = columns.map((column, i) => cells.reduce((size, line) => Math.max(size, width(line[i] ?? "")), width(column.header)));
  const line = (texts: readonly string[]): string =>
    `${texts
      .map((text, i) => pad(text, sizes[i] ?? 0, columns[i]?.alignRight ?? false))
      .join("  ")
      .trimEnd()}\n`;
  return (
    line(columns.map((column) => column.header)) +
    line(sizes.map((size) => "-".repeat(size))) +
    cells.map(line).join("")
  );
}
