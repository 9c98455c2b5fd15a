import { periodMention, type BaselineMention, type PeriodMention } from "../languages/language.js";
import { lineRanges, lowerBound, within, type Ranged } from "../text/ranges.js";
import { BULLET_MARK, ITEM_MARKER } from "./noun-phrase.js";
import type { Quantity, Work } from "./work.js";

/** A column of a table, written with pipes or aligned with spaces: its name, where its unit is written, its period. */
export interface TableColumn {
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
  /**
   * "Tăng/giảm (%)", "Value change (%)": the column's percentages are changes of the row's amount;
   * of what the row names, when there is none ("Tăng so với cùng kỳ (%)", with a baseline).
   */
  change: boolean;
  /**
   * "Năm 2024", "Dự toán 2025 (tỷ đồng)", "Ước thực hiện": a header that names only its period and
   * status, not what its figures measure. The table's caption names that.
   */
  noMeasure: boolean;
}

/** A body cell: its place in the text, its column, the label of its row and its table's caption. */
export interface TableCell extends Ranged {
  column: TableColumn;
  row: string;
  /** The words of the unit its row names in a column of units ("| ĐVT |" over "| Triệu cái |"), if any. */
  rowUnit: Ranged | undefined;
  /**
   * The line above the table, or above the note of its unit, without its brackets, periods and
   * colon: "Thu ngân sách của các huyện" of "Thu ngân sách của các huyện năm 2024 (tỷ đồng):". Or "".
   */
  caption: string;
  /**
   * Whether a column of the table holds amounts, not only comparisons ("Tháng 9/2026 so với tháng
   * 8/2026", "So cùng kỳ (%)"): where none does, each comparison is a record of its own.
   */
  amounts: boolean;
  /** A note right under the table that says its figures are estimates or preliminary: see `footnoteBelow`. */
  footnote: TableFootnote | undefined;
  /**
   * Whether a column of the table names a status ("Kế hoạch 2026"): then one that names none holds
   * results, whatever a heading above the table says ("Một số chỉ tiêu xã hội").
   */
  statuses: boolean;
}

/** "(*) Số liệu tháng 9/2026 là số ước tính.": a status, for the cells of the periods the note names (all, if none). */
export interface TableFootnote {
  status: "estimated" | "preliminary";
  periods: PeriodMention[];
}

/** The note on line `k` (or the line after, past a blank one) under a table, when it gives its figures a status. */
function footnoteBelow(work: Work, lines: readonly Ranged[], k: number): TableFootnote | undefined {
  const blank = (j: number): boolean => lines[j] !== undefined && !/\S/u.test(work.text.slice((lines[j] as Ranged).start, (lines[j] as Ranged).end));
  const line = lines[blank(k) ? k + 1 : k];
  if (!line || !work.language.grammar.tableNote.test(work.text.slice(line.start, line.end))) return undefined;
  const status = work.language.statusIn(work.text, line.start, line.end)?.value;
  if (status !== "estimated" && status !== "preliminary") return undefined;
  return { status, periods: within(work.periods, line.start, line.end).filter((p) => !p.baseline) };
}

// "| Lúa | 87.315 | 454.911 |": a line of a table written with pipes, as Markdown converters write one.
const ROW = /^[ \t]*\|.*\|[ \t]*$/u;
/** Whether a line is a row of a table written with pipes. */
export const isPipeRow = (text: string, line: Ranged): boolean => ROW.test(text.slice(line.start, line.end));

// "|---|:---:|": the line under the header.
const RULE = /^[ \t]*\|[\s:|-]+\|[ \t]*$/u;

// "1", "12", "IV", "a)", "2.": the number of a table's row, in a column of its own ("TT", "STT").
const ORDINAL = /^\s*(?:\d{1,3}|[IVX]{1,5}|[a-zđ])[.)]?\s*$/u;

// "Dự toán 2025": a year alone in a header cell, which is a label, not prose.
const HEADER_YEAR = /(?<![\p{L}\p{N}])(?:19|20)\d{2}(?![\p{L}\p{N}])/u;

// "30/6/2026", "31.12.2025": a day alone in a header cell, the day its column's stocks are counted at.
const HEADER_DAY = /^\s*[0-3]?\d\s*([/.-])\s*(?<m>[01]?\d)\s*\1\s*(?<y>(?:19|20)\d{2})\s*$/u;

/**
 * The period a header cell names alone, as the period of its column's figures: the month of a day
 * ("30/6/2026" → 2026-06), or a year ("Dự toán 2025").
 */
function yearOf(text: string, cell: Ranged): PeriodMention | undefined {
  const day = HEADER_DAY.exec(text.slice(cell.start, cell.end));
  const month = Number(day?.groups?.m);
  if (day && month >= 1 && month <= 12) {
    const year = Number(day.groups?.y);
    const start = cell.start + day.index;
    return periodMention({ start, end: start + day[0].length, text: day[0].trim(), build: () => `${year}-${String(month).padStart(2, "0")}`, year, relative: null, baseline: false, kind: "month", rule: "vi/period/column-day" });
  }
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

// The longest line above a table that is its caption, not a paragraph of prose.
const CAPTION = 120;

/** The caption of the table whose header is line `i`: see `TableCell.caption`. */
function captionAbove(work: Work, lines: readonly Ranged[], i: number): string {
  const { text } = work;
  const note = work.language.grammar.unitNote;
  const words = (k: number): string => text.slice((lines[k] as Ranged).start, (lines[k] as Ranged).end);
  // Past a blank line, or a note of the unit ("(Đơn vị: tỷ đồng)") on a line of its own, between the caption and the table.
  const noteAlone = (line: string): boolean => {
    const m = note.exec(line);
    return m !== null && !/[\p{L}\p{N}]/u.test(line.slice(0, m.index));
  };
  let k = i - 1;
  while (k >= 0 && i - k <= 3 && (!/\S/u.test(words(k)) || noteAlone(words(k)))) k--;
  const line = lines[k];
  if (!line || line.end - line.start > CAPTION || ROW.test(words(k))) return "";
  let caption = "";
  let at = line.start;
  for (const p of within(work.periods, line.start, line.end)) {
    caption += `${text.slice(at, p.start)} `;
    at = p.end;
  }
  caption += text.slice(at, line.end);
  const { captionNumber, captionTail } = work.language.grammar;
  return caption.replace(captionNumber, "").replace(/\([^()]*\)/gu, " ").replace(/[\s:]+$/u, "").replace(captionTail, "").replace(/\s+/gu, " ").trim();
}

/**
 * Whether a header cell names no measure, only what its figures are otherwise ("Năm 2024", "Dự toán
 * 2025", "Ước thực hiện", "Tăng so với cùng kỳ"): its words are all in the ranges `said` (its period,
 * status or baseline) or words of change or of what was done ("Thực hiện tháng 10/2026").
 */
function namesNoMeasure(text: string, name: Ranged, said: ReadonlyArray<Ranged | undefined>, words: readonly RegExp[]): boolean {
  let rest = text.slice(name.start, name.end);
  let any = false;
  for (const r of said) {
    if (!r || r.start < name.start || r.end > name.end) continue;
    rest = rest.replace(text.slice(r.start, r.end), " ");
    any = true;
  }
  for (const pattern of words) {
    for (let m = pattern.exec(rest); m; m = pattern.exec(rest)) {
      rest = `${rest.slice(0, m.index)} ${rest.slice(m.index + m[0].length)}`;
      any = true;
    }
  }
  return any && !/[\p{L}\p{N}]/u.test(rest);
}

/**
 * "New projects", "Số dự án": a header whose last words are a noun the lexicon counts, where that
 * noun starts (its cells count it); else -1.
 */
function countedAt(work: Work, name: Ranged): number {
  const words = work.text.slice(name.start, name.end).trimEnd();
  for (const m of words.matchAll(/(?<![\p{L}\p{M}])[\p{L}\p{M}]/gu)) {
    const hit = work.language.unitAt(work.text, name.start + m.index);
    if (hit?.value.kind === "count" && !hit.value.unlisted && hit.end === name.start + words.length) return hit.start;
  }
  return -1;
}

/**
 * A header cell read as a column: its name, the unit in its brackets, its period, status, baseline.
 * A header over several lines is read as the words of its cells joined, top to bottom ("Tháng
 * 9/2026 so với tháng 8/2026"); a unit in its brackets is its last line's.
 */
function columnOf(work: Work, c: Ranged, above: readonly Ranged[] = []): TableColumn {
  if (above.length === 0) {
    // The cells of a header run together in the text ("… Ước TH 9 tháng So dự toán …"): a period
    // that the words after it hide there is read in the cell alone.
    const inText = within(work.periods, c.start, c.end);
    const periods = inText.length > 0 ? inText : work.language.periods(work.text.slice(c.start, c.end)).map((p) => ({ ...p, start: p.start + c.start, end: p.end + c.start, comparedFrom: undefined }));
    return columnIn(work, work.text, c, periods, within(work.baselines, c.start, c.end));
  }
  const joined = [...above, c].map((r) => work.text.slice(r.start, r.end).trim()).join(" ");
  const own = columnIn(work, joined, { start: 0, end: joined.length }, work.language.periods(joined), work.language.baselines(joined));
  const last = columnOf(work, c);
  return { ...own, unitAt: last.unitAt };
}

/** A column from the header words `c` of `text`, with the periods and baselines named there. */
function columnIn(work: Work, text: string, c: Ranged, periods: readonly PeriodMention[], baselines: readonly BaselineMention[]): TableColumn {
  const words = text.slice(c.start, c.end);
  const bracket = words.indexOf("(");
  const close = bracket >= 0 ? words.indexOf(")", bracket) : -1;
  let unitAt = close > bracket ? c.start + bracket + 1 : -1;
  while (unitAt >= 0 && text[unitAt] === " ") unitAt++;
  const comparison = baselines.find((b) => b.comparator);
  const plan = !comparison && baselines.some((b) => b.against === "plan");
  const period = periods.find((p) => !p.baseline) ?? periods[0] ?? yearOf(text, c);
  // Read in the cell alone: a capital that opens a header cell ("Ước TH 9 tháng") starts no name.
  const hitInCell = comparison ? null : work.language.statusIn(words, 0, words.length);
  const statusHit = hitInCell && { ...hitInCell, start: c.start + hitInCell.start, end: c.start + hitInCell.end };
  const name = close > bracket ? { start: c.start, end: c.start + bracket } : c;
  const { changeColumn, actualColumn } = work.language.grammar;
  return {
    name: text.slice(name.start, name.end).trim(),
    unitAt: unitAt >= 0 ? unitAt : text === work.text ? countedAt(work, name) : -1,
    period,
    status: plan ? "target" : (statusHit?.value ?? null),
    baseline: comparison,
    change: changeColumn.test(words),
    noMeasure: namesNoMeasure(text, name, [period, statusHit ?? undefined, ...baselines], [changeColumn, actualColumn]),
  };
}

// "(% tăng so với cùng kỳ năm trước)", "Doanh thu (tỷ đồng):": brackets that end the line above a
// table, and say what every column holds.
const BRACKET_AT_END = /\([^()]+\)[ \t:.]*$/u;

/**
 * The columns of the table whose header is line `i`, each with what brackets ending the line above
 * the header (past a blank line) say of them all, where the column's own header does not: its unit, its baseline
 * and whether its figures are changes ("(% tăng so với cùng kỳ năm trước)" over "Quý III/2025").
 * (A note of the unit, "(Đơn vị: tỷ đồng)", is read as such: see find-quantities.)
 */
function columnsOf(work: Work, lines: readonly Ranged[], i: number, headCells: readonly Ranged[], partsAbove: readonly Ranged[][] = []): TableColumn[] {
  let a = i - 1;
  while (a >= 0 && i - a <= 2 && !/\S/u.test(work.text.slice((lines[a] as Ranged).start, (lines[a] as Ranged).end))) a--;
  const above = lines[a];
  const bracket = above ? BRACKET_AT_END.exec(work.text.slice(above.start, above.end)) : null;
  const brackets = above && bracket && !work.language.grammar.unitNote.test(bracket[0]) ? { start: above.start + bracket.index, end: above.start + bracket.index + bracket[0].length } : undefined;
  const parts = (brackets ? partsOf(work, brackets) : []).map((p) => ({ name: p.name, column: { ...columnOf(work, p), unitAt: p.unitAt } }));
  const all = brackets && parts.length === 0 ? columnOf(work, brackets) : undefined;
  return headCells.map((c, k) => {
    const own = columnOf(work, c, partsAbove[k]);
    // "(capital in US$ million; …)" over "Registered capital": the part that names the column.
    const name = fold(own.name);
    const part = name === "" ? undefined : parts.find((p) => name.includes(p.name) || p.name.includes(name));
    const said = part ? part.column : own.unitAt < 0 ? all : undefined;
    if (!said || (said.unitAt < 0 && own.unitAt < 0)) return own;
    return { ...own, unitAt: own.unitAt >= 0 ? own.unitAt : said.unitAt, baseline: own.baseline ?? said.baseline, change: own.change || said.change };
  });
}

/**
 * "(capital in US$ million; change against H1 2025 in %)": the parts of brackets over a table that
 * each name columns and their unit, as ranges with the name in lower case and where the unit starts.
 */
function partsOf(work: Work, brackets: Ranged): Array<Ranged & { name: string; unitAt: number }> {
  const parts: Array<Ranged & { name: string; unitAt: number }> = [];
  const inner = { start: brackets.start + 1, end: work.text.lastIndexOf(")", brackets.end) };
  let at = inner.start;
  for (const piece of work.text.slice(inner.start, inner.end).split(";")) {
    const m = work.language.grammar.columnUnitPart.exec(piece);
    const name = m?.groups?.name === undefined ? "" : fold(m.groups.name);
    if (m && name) parts.push({ start: at, end: at + piece.length, name, unitAt: at + m[0].length });
    at += piece.length + 1;
  }
  return parts;
}

/** Words in lower case with single spaces, to compare a column's name with a part of brackets. */
const fold = (words: string): string => words.toLowerCase().replace(/\s+/gu, " ").trim();

/** The words of a cell, without the spaces around them; undefined for an empty cell. */
function wordsOf(text: string, cell: Ranged | undefined): Ranged | undefined {
  if (!cell) return undefined;
  const words = text.slice(cell.start, cell.end);
  const start = cell.start + words.length - words.trimStart().length;
  const end = cell.start + words.trimEnd().length;
  return start < end ? { start, end } : undefined;
}

// "(%)", "(years)", "(tỷ đồng)": brackets that end a row's label, and what they hold.
const BRACKETS_AT_END = /\(([^()]+)\)\s*$/u;

/** The words inside the brackets that end a label cell, or undefined. */
function unitInBrackets(text: string, cell: Ranged): Ranged | undefined {
  const m = BRACKETS_AT_END.exec(text.slice(cell.start, cell.end));
  if (!m) return undefined;
  const start = cell.start + m.index + 1;
  return wordsOf(text, { start, end: start + (m[1] as string).length });
}

/** The body cells of a text's tables, and their header cells, each in text order. */
export interface TableCells {
  cells: TableCell[];
  /**
   * "Quý III/2025", "9M 2026": a header names its column; a number in it is no figure. So does a
   * number in a row's label ("| Doctors per 10,000 people | 12.5 |") or in its unit ("| Triệu cái |").
   */
  headers: Ranged[];
}

/**
 * The body cells of every table written with pipes or aligned with spaces, in text order. A table
 * with pipes is a header line, maybe a rule under it, and rows of the same number of cells, the
 * first of a row its label. One aligned with spaces comes read into its header and rows (see
 * `AlignedGrid`). The header names each column, and its brackets may hold the column's unit
 * ("Sản lượng (nghìn tấn)").
 */
export function tableCells(work: Work): TableCells {
  const { text } = work;
  const out: TableCell[] = [];
  const headers: Ranged[] = [];
  const grids = work.norm.tables.filter((t) => t.grid);
  const piped = text.includes("|");
  if (!piped && grids.length === 0) return { cells: out, headers };
  const lines = lineRanges(text);
  const { unitColumn } = work.language.grammar;
  for (let i = 0; piped && i < lines.length; i++) {
    const head = lines[i] as Ranged;
    if (!isPipeRow(text, head)) continue;
    let k = i + 1;
    if (k < lines.length && RULE.test(text.slice((lines[k] as Ranged).start, (lines[k] as Ranged).end))) k++;
    const headCells = cellsOf(text, head.start, head.end);
    headers.push(...headCells);
    const columns = columnsOf(work, lines, i, headCells);
    const units = headCells.findIndex((c) => unitColumn.test(text.slice(c.start, c.end)));
    const caption = columns.some((c) => c.noMeasure) ? captionAbove(work, lines, i) : "";
    const amounts = holdsAmounts(columns.slice(1));
    const statuses = columns.some((c) => c.status !== null);
    const first = out.length;
    let j = k;
    for (; j < lines.length && isPipeRow(text, lines[j] as Ranged); j++) {
      const line = lines[j] as Ranged;
      const cells = cellsOf(text, line.start, line.end);
      if (cells.length !== columns.length || cells.length < 2) break;
      // "| 1 | Giá trị sản xuất công nghiệp | 142.000 |" under "| TT | Chỉ tiêu | …": the row's number is no label.
      let label = 0;
      while (label < cells.length - 2 && ORDINAL.test(text.slice((cells[label] as Ranged).start, (cells[label] as Ranged).end))) label++;
      // "| Điện thoại di động | Triệu cái | 13,8 |" under "| Sản phẩm | ĐVT | Quý III |": the row's unit, no
      // figure. Else "| Tỷ lệ hộ nghèo (%) | 2,1 |": the unit in the brackets that end the row's label,
      // which its name leaves out.
      const labelCell = cells[label] as Ranged;
      const rowUnit = units > label ? wordsOf(text, cells[units]) : unitInBrackets(text, labelCell);
      const row = rowName(text.slice(labelCell.start, rowUnit && units <= label ? text.lastIndexOf("(", rowUnit.start) : labelCell.end));
      headers.push(labelCell);
      if (units > label) headers.push(cells[units] as Ranged);
      cells.forEach((cell, c) => {
        if (c > label && c !== units) out.push({ start: cell.start, end: cell.end, column: columns[c] as TableColumn, row, rowUnit, caption, amounts, footnote: undefined, statuses });
      });
    }
    const footnote = footnoteBelow(work, lines, j);
    for (let c = first; c < out.length; c++) (out[c] as TableCell).footnote = footnote;
    i = Math.max(i, j - 1);
  }
  for (const { grid } of grids) {
    if (!grid) continue;
    // (A header of several lines: its first line's.)
    const i = lowerBound(lines, Math.min(...grid.columns.map((c) => c.start), ...grid.above.flat().map((c) => c.start)) + 1) - 1;
    headers.push(...grid.columns, ...grid.above.flat());
    const columns = columnsOf(work, lines, i, grid.columns, grid.above);
    const caption = columns.some((c) => c.noMeasure) ? captionAbove(work, lines, i) : "";
    const amounts = holdsAmounts(columns);
    const statuses = columns.some((c) => c.status !== null);
    const lastCell = grid.rows[grid.rows.length - 1]?.cells.find((c) => c !== null);
    const footnote = lastCell ? footnoteBelow(work, lines, lowerBound(lines, lastCell.start + 1)) : undefined;
    // A column of units among the labels' ("Sản phẩm   ĐVT   Quý III"): how far before the figures.
    const labels = grid.head.length - grid.columns.length;
    const units = grid.head.findIndex((c, k) => k < labels && unitColumn.test([...(grid.headAbove[k] ?? []), c].map((w) => text.slice(w.start, w.end)).join(" ")));
    for (const r of grid.rows) {
      const unit = units < 0 || r.lead.length <= labels - units ? undefined : r.lead[r.lead.length - (labels - units)];
      if (unit) headers.push(unit);
      const rowUnit = wordsOf(text, unit);
      const words = (l: Ranged): string =>
        unit && l.start <= unit.start && unit.end <= l.end ? `${text.slice(l.start, unit.start)} ${text.slice(unit.end, l.end)}` : text.slice(l.start, l.end);
      const row = r.label.map((l) => rowName(words(l))).join(" ");
      r.cells.forEach((cell, c) => {
        if (cell) out.push({ start: cell.start, end: cell.end, column: columns[c] as TableColumn, row, rowUnit, caption, amounts, footnote, statuses });
      });
    }
  }
  if (grids.length > 0) {
    out.sort((a, b) => a.start - b.start);
    headers.sort((a, b) => a.start - b.start);
  }
  return { cells: out, headers };
}

// "1. ", "- ", "II. ", "a) ": the marker of a row that is an item of a list.
const ROW_MARKER = new RegExp(`^\\s*(?:${BULLET_MARK}|${ITEM_MARKER}|[IVX]{1,4}\\.)\\s+`, "u");

/** A row's label without its marker: "- Khách quốc tế" → "Khách quốc tế". */
const rowName = (label: string): string => label.replace(ROW_MARKER, "").trim();

/** Whether one of the columns holds amounts: neither attainments nor changes. */
const holdsAmounts = (columns: readonly TableColumn[]): boolean => columns.some((c) => !c.baseline && !c.change);

/** The cell (a body cell, or a header's) a position is in, or undefined. */
export function cellAt<T extends Ranged>(cells: readonly T[], pos: number): T | undefined {
  const cell = cells[lowerBound(cells, pos + 1) - 1];
  return cell && pos >= cell.start && pos < cell.end ? cell : undefined;
}
