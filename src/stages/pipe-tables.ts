import { periodMention, type BaselineMention, type PeriodMention } from "../languages/language.js";
import { lineRanges, lowerBound, within, type Ranged } from "../text/ranges.js";
import type { Quantity, Work } from "./work.js";

/** A column of a table written with pipes: its name, where its unit is written, its period. */
export interface PipeColumn {
  /** The header cell's words without the unit in brackets: "Diện tích" of "Diện tích (ha)". */
  name: string;
  /** Where the unit inside the header's brackets starts ("ha" of "(ha)"), or -1. */
  unitAt: number;
  /** "Năm 2024", "Dự toán 2025" as a header: the period of the column's figures. */
  period: PeriodMention | undefined;
  /** "Dự toán 2025", "Ước TH 6 tháng": the status of the column's figures, a plan's being a target. */
  status: Quantity["status"];
  /**
   * "So dự toán (%)", "So cùng kỳ (%)": what the column's percentages compare the row's amount with.
   * Its cells are attainments of that amount, no figures of their own.
   */
  baseline: BaselineMention | undefined;
  /** "Tăng/giảm (%)", "Value change (%)": the column's percentages are changes of the row's amount. */
  change: boolean;
}

/** A body cell: its place in the text, its column and the label of its row. */
export interface PipeCell extends Ranged {
  column: PipeColumn;
  row: string;
}

// "| Lúa | 87.315 | 454.911 |": a line of a table written with pipes, as Markdown converters write one.
const ROW = /^[ \t]*\|.*\|[ \t]*$/u;
// "|---|:---:|": the line under the header.
const RULE = /^[ \t]*\|[\s:|-]+\|[ \t]*$/u;

// "Dự toán 2025": a year alone in a header cell, which is a label, not prose.
const HEADER_YEAR = /(?<![\p{L}\p{N}])(?:19|20)\d{2}(?![\p{L}\p{N}])/u;

/** The year a header cell names alone ("Dự toán 2025"), as the period of its column's figures. */
function yearOf(text: string, cell: Ranged): PeriodMention | undefined {
  const m = HEADER_YEAR.exec(text.slice(cell.start, cell.end));
  if (!m) return undefined;
  const year = Number(m[0]);
  const start = cell.start + m.index;
  return periodMention({ start, end: start + 4, text: m[0], build: () => String(year), year, relative: null, baseline: false, kind: "year", rule: "vi/period/column-year" });
}

/** The cells of a line, between its pipes, as ranges of the text. */
function cellsOf(text: string, start: number, end: number): Ranged[] {
  const cells: Ranged[] = [];
  let at = text.indexOf("|", start);
  while (at >= 0 && at < end) {
    const next = text.indexOf("|", at + 1);
    if (next < 0 || next >= end) break;
    cells.push({ start: at + 1, end: next });
    at = next;
  }
  return cells;
}

/**
 * The body cells of every table written with pipes, in text order: a header line, maybe a rule
 * under it, and rows of the same number of cells. The first cell of a row is its label; the header
 * names each column, and its brackets may hold the column's unit ("Sản lượng (nghìn tấn)").
 */
export function pipeTables(work: Work): PipeCell[] {
  const { text } = work;
  const out: PipeCell[] = [];
  if (!text.includes("|")) return out;
  const lines = lineRanges(text);
  const isRow = (l: Ranged): boolean => ROW.test(text.slice(l.start, l.end));
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i] as Ranged;
    if (!isRow(head)) continue;
    const headCells = cellsOf(text, head.start, head.end);
    let k = i + 1;
    if (k < lines.length && RULE.test(text.slice((lines[k] as Ranged).start, (lines[k] as Ranged).end))) k++;
    const columns = headCells.map((c): PipeColumn => {
      const words = text.slice(c.start, c.end);
      const bracket = words.indexOf("(");
      const close = bracket >= 0 ? words.indexOf(")", bracket) : -1;
      let unitAt = close > bracket ? c.start + bracket + 1 : -1;
      while (unitAt >= 0 && text[unitAt] === " ") unitAt++;
      const baselines = within(work.baselines, c.start, c.end);
      const comparison = baselines.find((b) => b.comparator);
      const plan = !comparison && baselines.some((b) => b.against === "plan");
      return {
        name: (close > bracket ? words.slice(0, bracket) : words).trim(),
        unitAt,
        period: within(work.periods, c.start, c.end)[0] ?? yearOf(text, c),
        status: plan ? "target" : comparison ? null : (work.language.statusIn(text, c.start, c.end)?.value ?? null),
        baseline: comparison,
        change: !comparison && work.language.grammar.changeColumn.test(words),
      };
    });
    let j = k;
    for (; j < lines.length && isRow(lines[j] as Ranged); j++) {
      const line = lines[j] as Ranged;
      const cells = cellsOf(text, line.start, line.end);
      if (cells.length !== columns.length || cells.length < 2) break;
      const row = text.slice((cells[0] as Ranged).start, (cells[0] as Ranged).end).trim();
      cells.forEach((cell, c) => {
        if (c > 0) out.push({ start: cell.start, end: cell.end, column: columns[c] as PipeColumn, row });
      });
    }
    i = Math.max(i, j - 1);
  }
  return out;
}

/** The body cell a position is in, or undefined. */
export function cellAt(cells: readonly PipeCell[], pos: number): PipeCell | undefined {
  const cell = cells[lowerBound(cells, pos + 1) - 1];
  return cell && pos >= cell.start && pos < cell.end ? cell : undefined;
}
