import type { Ranged } from "./ranges.js";

/**
 * The text the pipeline reads, and the way back to the caller's string.
 *
 * Normalisation composes to NFC, turns the "_" of word-segmented corpora and every kind of space
 * into a plain space, folds runs of spaces into one, reads CRLF and CR as one line break, and
 * drops zero-width characters and soft hyphens. A line break inside a sentence is a space: before
 * a word in lower case or a figure, after a comma; before a capital only when the language sees the
 * sentence go on (`ContinuesLine`), else the capital opens a line of its own (a heading above its
 * text). `toInputSpan` maps a half-open range of the normalised text to the caller's own offsets,
 * so a span always satisfies `input.slice(start, end) === stated.text`.
 */
export interface NormalizedText {
  readonly text: string;
  /**
   * Runs of lines that look like a table no reader can take apart reliably, as half-open ranges of
   * the normalised text: the cells of a table flattened one per line (by PDF or HTML extraction),
   * or rows whose columns are aligned with spaces (`aligned`). The line breaks in and around them
   * are kept.
   */
  readonly tables: readonly TableRange[];
  /** Where each normalised code unit comes from in the input; null when the text is the input. */
  readonly offsets: OffsetMap | null;
  /** How many runs of UTF-8 read as Windows-1252 ("Ä‘" for "đ") were read as what they stand for. */
  readonly mojibake: number;
}

/** Lines set aside as a table: flattened one cell per line, or aligned with spaces. */
export interface TableRange extends Ranged {
  aligned: boolean;
  /** A table aligned with spaces, read into columns and rows: when every row agrees with its header. */
  grid: AlignedGrid | undefined;
}

/** The cells of a table aligned with spaces, as ranges (of the normalised text, once normalised). */
export interface AlignedGrid {
  /** The header's cells over the columns of figures, left to right. */
  columns: Ranged[];
  /**
   * A header of several lines ("Tháng 9/2026" over "so với" over "tháng 8/2026"): for each column,
   * the cells of the lines above its own in `columns`, top to bottom; empty for a header of one line.
   */
  above: Ranged[][];
  /** All the cells of the header's last line, those over the labels too ("Sản phẩm", "ĐVT"). */
  head: Ranged[];
  /**
   * For each cell of `head` over the labels, the cells of the header's lines above it that stand
   * over it ("Đơn vị" over "tính"), top to bottom.
   */
  headAbove: Ranged[][];
  /**
   * Each row: its label (on the figures' line, and on any line of its own just before), the cells
   * before its figures on the figures' line ("Điện thoại di động", "Triệu cái"), and a figure a column.
   */
  rows: Array<{ label: Ranged[]; lead: Ranged[]; cells: Array<Ranged | null> }>;
}

const isDropped = (c: number): boolean => c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
const isSpace = (c: number): boolean =>
  c === 0x20 || c === 0x09 || c === 0x5f || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000;
const COMBINING = /\p{M}/u;
// Code points that NFC replaces even alone: the Greek question mark, the Kelvin and Ohm signs,
// CJK compatibility ideographs (and the surrogates of their supplement).
const hasNfcSingleton = (c: number): boolean =>
  (c >= 0x340 && c <= 0x387) || (c >= 0x1f00 && c <= 0x1fff) || (c >= 0x2120 && c <= 0x232a) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd800 && c <= 0xdbff);
const TERMINAL = /[.!?…:]/u;
// A line that goes on in lower case (or with a figure that is no list number) continues the sentence.
const CONTINUES = /^[ \t]*(?:\p{Ll}|[-+−]?\d(?!\d*[.)]\s)|[%),;:\]/])/u;

/**
 * Asks the language whether a line ending with `before` goes on in `after`, a line that opens with
 * a capital ("của\nHà Nội"); see `Language.continuesLine`.
 */
export type ContinuesLine = (before: string, after: string) => boolean;

// "II. Kết quả", "B) Nhiệm vụ", "a) Tốc độ tăng trưởng", "đ) Thu ngân sách": a line opening with a
// list marker starts an item (a lower-case letter before ")" is no word that goes on a sentence).
const CAPITAL_MARKER = /^[ \t]*(?:(?:[IVXLC]+|\p{Lu})[.)](?:\s|$)|[a-zđ]\)\s)/u;
// How much of each side of a line break the language sees.
const LINE_WINDOW = 48;

// A section's heading: numbered, and far shorter than a line of prose wrapped at a page's width.
const NUMBERED_HEADING = /^[ \t]*(?:[IVXLC]+|\d{1,2}|[a-zđ])[.)][ \t]+\S[^\n]{0,36}$/u;

/** Where the line that ends at `k` of the output starts, looking back at most LINE_WINDOW characters. */
function lineStartBefore(out: Output, k: number): number {
  let lineStart = k;
  while (lineStart > 0 && out.at(lineStart - 1) !== 0x0a && k - lineStart < LINE_WINDOW) lineStart--;
  return lineStart;
}

/** Whether the line that ends at `k` of the output is a short numbered heading ("5. Chuyển đổi số"). */
function isShortHeading(out: Output, k: number): boolean {
  const lineStart = lineStartBefore(out, k);
  return (lineStart === 0 || out.at(lineStart - 1) === 0x0a) && NUMBERED_HEADING.test(out.text(lineStart, k + 1));
}

/** Whether a bracket opens on the line that ends at `k` of the output, and is still open there. */
function isInsideBrackets(out: Output, k: number): boolean {
  for (let j = k, start = lineStartBefore(out, k); j >= start; j--) {
    if (out.at(j) === 0x29) return false;
    if (out.at(j) === 0x28) return true;
  }
  return false;
}

/** Whether the line break before `next` only wraps a sentence: no end mark before, no new start after. */
function isSoftBreak(input: string, out: Output, next: number, continuesLine?: ContinuesLine): boolean {
  let k = out.length - 1;
  while (k >= 0 && out.at(k) === 0x20) k--;
  if (k < 0 || out.at(k) === 0x0a) return false;
  const last = String.fromCharCode(out.at(k));
  // "(năm 2022:\n22,1%)": a colon inside brackets still open labels what follows on the next line.
  const labelInBrackets = last === ":" && isInsideBrackets(out, k);
  if (TERMINAL.test(last) && !labelInBrackets) return false;
  const ahead = input.slice(next, next + LINE_WINDOW).normalize("NFC");
  // After a comma or a semicolon the sentence goes on whatever comes next ("…,\r\nHà Nội …").
  if ((last === "," || last === ";" || last === "(" || labelInBrackets) && !/^[ \t]*[(\["'“‘\-–•*]/u.test(ahead)) return true;
  // "1.200\r\nUSD", "5 tỷ\r\nUSD.": a code of a unit that went to the next line (not a name in
  // capitals: "08:31\n\nHÀ NỘI — …" opens a story after its dateline).
  if (CAPITAL_MARKER.test(ahead)) return false;
  // "5. Chuyển đổi số\n100% bệnh viện …": a short numbered heading, and a line that opens with a figure.
  if (/^[ \t]*\d/u.test(ahead) && isShortHeading(out, k)) return false;
  // (A code in capitals after a figure is asked of the language, when there is one, which knows its
  // units: "GDP" under a headline that ends on its year opens a paragraph.)
  if (CONTINUES.test(ahead) || (!continuesLine && /\d/u.test(last) && /^[ \t]*\p{Lu}{2,5}(?![\p{L}\p{M}])(?![ \t]+\p{Lu}{2})/u.test(ahead)) || /^[ \t]*\p{Lu}{2,5}(?:[.,;:)]|\s*$)/u.test(ahead)) return true;
  if (!continuesLine || !/^[ \t]*\p{Lu}/u.test(ahead)) return false;
  const lineStart = lineStartBefore(out, k);
  // The next line may be wrapped again ("Bà Rịa -\nVũng Tàu"): the language sees past its end.
  const after = ahead.replace(/[\s_\u00ad\u200b-\u200d\u2060\ufeff]+/gu, " ").trim();
  return continuesLine(out.text(lineStart, k + 1), after);
}
// "153,2Â tỷ", "VND153.2Â trillion": the first half of a no-break space whose UTF-8 was read as
// Windows-1252 ("Â" and the space), dropped before a no-break space, and after a figure.
const MOJIBAKE_NBSP = 0xc2;

// UTF-8 read as Windows-1252, as scraped pages and old databases hold it ("mojibake"): "Ä‘áº¡t 838
// tá»· Ä‘á»“ng" for "đạt 838 tỷ đồng", "cityâ€™s" for "city’s". Each character stands for a byte: a
// lead byte (Â Ã Ä Å Æ for two bytes, á â for three), then continuation bytes 0x80-0xBF, which
// Windows-1252 reads as these for 0x80-0x9F and Latin-1 as U+00A0-U+00BF (a decoder that keeps a
// byte Windows-1252 leaves undefined gives the C1 control of the same number).
const CP1252_80_9F = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
const CONTINUATION = new Map<number, number>();
for (let byte = 0x80; byte <= 0xbf; byte++) {
  CONTINUATION.set(byte, byte);
  if (byte < 0xa0) CONTINUATION.set(CP1252_80_9F.charCodeAt(byte - 0x80), byte);
}
// The same, as the body of a character class.
const CONTINUATION_CHARS = "\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201A\\u201C-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122";
const isMojibakeLead = (c: number): boolean => (c >= 0xc2 && c <= 0xc6) || c === 0xe1 || c === 0xe2;
// What a run stands for must be something a report writes: a Latin letter or sign (Vietnamese
// ones among them), a dash, a quotation mark, an ellipsis, the đồng or euro sign, the trade mark.
const isPlausibleRepair = (cp: number): boolean =>
  (cp >= 0xa1 && cp <= 0x17f) || cp === 0x1a0 || cp === 0x1a1 || cp === 0x1af || cp === 0x1b0 || (cp >= 0x1ea0 && cp <= 0x1ef9) ||
  (cp >= 0x2010 && cp <= 0x2026) || cp === 0x2030 || cp === 0x2039 || cp === 0x203a || cp === 0x20ab || cp === 0x20ac || cp === 0x2122;
// A byte that Windows-1252 leaves undefined is lost to "�" by most decoders; where only one
// character of a report can have held it, that one: "Ä�" is "Đ" (the others, ā č ď ĝ, are no
// Vietnamese), "â€�" is the closing quotation mark. ("á»�" may be ề, ọ, ỏ, Ố or ờ: left as it is.)
const LOST = 0xfffd;
const LOST_BYTE: ReadonlyArray<{ lead: number; between?: number; code: number }> = [
  { lead: 0xc4, code: 0x110 },
  { lead: 0xe2, between: 0x20ac, code: 0x201d },
];
// Two bytes whose second reads as a quotation mark, a dash or an ellipsis may be a capital and the
// punctuation after it ("XÃ”" is "XÔ" in mojibake, and "XÃ" and a closing quote in Vietnamese):
// repaired before a letter, or in a text that holds mojibake no letter and punctuation can be.
const PUNCTUATION_CONTINUATION = new Set([..."‘’‚“”„•–—…‹›"].map((c) => c.charCodeAt(0)));
const SURE_MOJIBAKE = new RegExp(`[\\u00C3-\\u00C6][\\u00A0-\\u00BF]|[\\u00E1\\u00E2][${CONTINUATION_CHARS}]{2}`, "u");

/**
 * The character at `j` as NFC composes it with the combining marks after it ("A" and a ring is
 * "Å", as "Y" and a diaeresis is "Ÿ", and the Ångström sign alone is "Å"), and where they end; a
 * code of -1 when that is more than one character.
 */
function composedAt(input: string, j: number): { code: number; end: number } {
  let end = j + 1;
  while (end < input.length && isCombining(input.charCodeAt(end))) end++;
  if (end === j + 1 && !hasNfcSingleton(input.charCodeAt(j))) return { code: input.charCodeAt(j), end };
  const nfc = input.slice(j, end).normalize("NFC");
  return { code: nfc.length === 1 ? nfc.charCodeAt(0) : -1, end };
}

/**
 * The character that the run of UTF-8 read as Windows-1252 at `i` stands for, and where the run
 * ends; null when there is none. Read in NFC, so that a decomposed text reads as a composed one.
 * `sure` tells whether the text holds mojibake beyond doubt.
 */
function mojibakeAt(input: string, i: number, sure: () => boolean): { code: number; end: number } | null {
  const lead = composedAt(input, i);
  if (!isMojibakeLead(lead.code)) return null;
  for (const lost of LOST_BYTE) {
    if (lost.lead !== lead.code) continue;
    const between = lost.between === undefined ? null : composedAt(input, lead.end);
    const at = between === null ? lead.end : between.code === lost.between ? between.end : -1;
    if (at >= 0 && input.charCodeAt(at) === LOST) return { code: lost.code, end: at + 1 };
  }
  const more = lead.code >= 0xe0 ? 2 : 1;
  let cp = lead.code & (more === 2 ? 0x0f : 0x1f);
  let end = lead.end;
  let first = -1;
  for (let k = 0; k < more; k++) {
    const next = composedAt(input, end);
    const byte = CONTINUATION.get(next.code);
    if (byte === undefined) return null;
    if (k === 0) first = next.code;
    cp = (cp << 6) | (byte & 0x3f);
    end = next.end;
  }
  if (!isPlausibleRepair(cp)) return null;
  if (more === 1 && PUNCTUATION_CONTINUATION.has(first) && !/\p{L}/u.test(input[end] ?? "") && !sure()) return null;
  return { code: cp, end };
}

// Letters that PDF extraction and old fonts put in place of Vietnamese ones, and ligatures.
const REPAIRS: Record<number, string> = {
  0x01a3: "ư", // ƣ (Latin small letter oi) for ư
  0x01a2: "Ư", // Ƣ for Ư
  0x00f0: "đ", // ð (eth) for đ
  0x00d0: "Đ", // Ð (eth) for Đ
  0xfb00: "ff",
  0xfb01: "fi",
  0xfb02: "fl",
  0xfb03: "ffi",
  0xfb04: "ffl",
};
// Whether a code unit is a combining mark, asked of the regex once per code unit and remembered.
const markCache = new Uint8Array(0x10000);
const isCombining = (c: number): boolean => {
  if (c < 0x300) return false;
  if (c <= 0x36f) return true;
  let known = markCache[c] as number;
  if (known === 0) {
    known = COMBINING.test(String.fromCharCode(c)) ? 2 : 1;
    markCache[c] = known;
  }
  return known === 2;
};
// Whether the loop below copies a code unit as it is (unless a combining mark follows it), worked
// out the first time the unit is met and remembered: 1 plain, 2 not.
const plainCache = new Uint8Array(0x10000);
const isPlain = (c: number): boolean => {
  let known = plainCache[c] as number;
  if (known === 0) {
    const special = c === 0x0a || c === 0x0d || c === 0x2d || isMojibakeLead(c) || isDropped(c) || isSpace(c) || REPAIRS[c] !== undefined || (c >= 0xd800 && c <= 0xdfff) || hasNfcSingleton(c) || isCombining(c);
    known = special ? 2 : 1;
    plainCache[c] = known;
  }
  return known === 1;
};
// Anything the loop below would change: no match means the input is already the pipeline's text.
const NEEDS_WORK = new RegExp(
  `\\n|\\u00C2[ \\u00A0]|[\\u00C2-\\u00C6\\u00E1\\u00E2][${CONTINUATION_CHARS}\\uFFFD]|[\\u0340-\\u0387\\u1F00-\\u1FFF\\u2120-\\u232A\\uF900-\\uFAFF\\uD800-\\uDBFF]|[\\r\\t_\\u00A0\\u00AD\\u1680\\u2000-\\u200D\\u202F\\u205F\\u2060\\u3000\\uFEFF\\u01A2\\u01A3\\u00F0\\u00D0\\uFB00-\\uFB04]| {2}|\\p{M}|\\p{L}-\\n`,
  "u",
);

// A table cell on a line of its own: short, and not ending like a sentence or a clause.
const MAX_CELL = 40;
const CELL_END = /[.!?…:;,]$/u;
// "584", "1.234,5", "94,3%", "-2,1", "838 tỷ đồng": a figure, alone or with up to three words.
const FIGURE_CELL = /^[-+−]?\d[\d.,]*(?:\s*%|(?:\s+[\p{L}\p{M}]+){1,3})?$/u;
// "-" in a column of figures: a figure the row does not have ("Công suất phòng   %   56,4   58,9   -").
const NO_FIGURE_CELL = /^[-–—]$/u;
const inFigureColumn = (cell: string): boolean => FIGURE_CELL.test(cell) || NO_FIGURE_CELL.test(cell);

/**
 * The runs of cell lines (input offsets, from the first cell's line to the end of the last's) that
 * are tables: two figure cells in a row ("584\n838", two columns of figures), or four cells or more
 * with two figure cells among them (a label, maybe a unit, a figure per row). Prose wrapped into
 * short lines has neither: its figures share their lines with words.
 */
function findTables(input: string): TableRange[] {
  const tables: TableRange[] = [];
  const empty = { start: 0, end: 0, cells: 0, figures: 0, adjacent: false, lastFigure: false };
  let run = { ...empty };
  const close = (): void => {
    if (run.adjacent || (run.cells >= 4 && run.figures >= 2)) tables.push({ start: run.start, end: run.end, aligned: false, grid: undefined });
    run = { ...empty };
  };
  const n = input.length;
  for (let i = 0; i < n; ) {
    let end = i;
    while (end < n && input.charCodeAt(end) !== 0x0a && input.charCodeAt(end) !== 0x0d) end++;
    let a = i;
    let b = end;
    while (a < b && (isSpace(input.charCodeAt(a)) || isDropped(input.charCodeAt(a)))) a++;
    while (b > a && (isSpace(input.charCodeAt(b - 1)) || isDropped(input.charCodeAt(b - 1)))) b--;
    if (b > a) {
      const line = input.slice(a, b);
      if (b - a > MAX_CELL || CELL_END.test(line)) close();
      else {
        const figure = FIGURE_CELL.test(line);
        if (run.cells === 0) run.start = i;
        run.end = end;
        run.cells++;
        if (figure) run.figures++;
        if (figure && run.lastFigure) run.adjacent = true;
        run.lastFigure = figure;
      }
    }
    i = end + 1;
  }
  close();
  return tables;
}

// Between the columns of a table aligned with spaces: two spaces or more, or a tab.
const COLUMN_GAP = /[ \t]{2,}|\t/u;
// A line of prose between rows: a row's label wrapped onto the next line ("Tổng mức bán lẻ … và doanh thu"),
// which may end with a comma ("Sản xuất và phân phối điện,"), not as a sentence or a clause does.
const MAX_WRAPPED_LABEL = 60;
const LABEL_END = /[.!?…:;]$/u;
// The most lines of its own a row's label wraps over before the row's figures.
const MAX_LABEL_LINES = 3;
// The most lines a header of columns runs over.
const MAX_HEADER_LINES = 3;

type AlignedKind = "row" | "header" | "label" | "rule" | null;

// "-------", "=====", "──────": a line drawn under a header or around a table, no cells.
const RULE_LINE = /^(?=[^]*[-=_─━]{3})[-=_─━—–+|:\s]+$/u;

/**
 * What a line (trimmed) is to a table aligned with spaces: a row (two figure cells or more, the last
 * one a figure), the cells of a header, a short line that may be a row's label wrapped onto a line of
 * its own ("Tổng mức bán lẻ … và doanh thu"), or nothing of one.
 */
function alignedKind(line: string): AlignedKind {
  if (RULE_LINE.test(line)) return "rule";
  if (!COLUMN_GAP.test(line)) return line !== "" && line.length <= MAX_WRAPPED_LABEL && !LABEL_END.test(line) ? "label" : null;
  const cells = line.split(COLUMN_GAP);
  const figures = cells.filter((c) => FIGURE_CELL.test(c)).length;
  // "Region   2023   2024   2025": years over the columns head them.
  if (cells.every((c) => !FIGURE_CELL.test(c) || YEAR_CELL.test(c))) return "header";
  // (A row may have "-" for a figure it lacks, but one figure at least.)
  const blanks = cells.filter((c) => NO_FIGURE_CELL.test(c)).length;
  return figures >= 1 && figures + blanks >= 2 && inFigureColumn(cells[cells.length - 1] as string) ? "row" : "header";
}

// "2024": a cell that is a year alone.
const YEAR_CELL = /^(?:19|20)\d{2}$/u;

// The gaps between the cells of a line of a table aligned with spaces, all of them.
const COLUMN_GAPS = new RegExp(COLUMN_GAP.source, "gu");

/** The cells of a line of a table aligned with spaces, split at the gaps. */
function alignedCells(input: string, line: Ranged): Ranged[] {
  const text = input.slice(line.start, line.end).trimEnd();
  const cells: Ranged[] = [];
  let at = 0;
  for (const m of text.matchAll(COLUMN_GAPS)) {
    if (m.index > at) cells.push({ start: line.start + at, end: line.start + m.index });
    at = m.index + m[0].length;
  }
  if (text.length > at) cells.push({ start: line.start + at, end: line.start + text.length });
  return cells;
}

/**
 * The columns and rows of the aligned table on lines `first` to `last`: a header (of up to three
 * lines, each with a cell over every column), then rows whose last cells are figures, each under
 * the header cell in its place from the right ("Chỉ tiêu | Quý III/2025 | 9 tháng/2025" over "Chỉ
 * số IIP | 10,8 | 9,6"); the cells before a row's figures, and the lines of their own just before
 * it, are its label. A row with a cell left empty ("Whole country   101,980            1.93") has
 * its figures in the columns they stand under in a full row, and null for the empty one; a header
 * line short of a cell has its cells over the columns they stand over (`headerByPlace`). Undefined
 * when the lines do not agree (a figure under no column, a column no header cell stands over, a
 * second header), and the table is not read.
 */
function gridOf(input: string, lines: ReadonlyArray<Ranged & { kind: AlignedKind }>, first: number, last: number): AlignedGrid | undefined {
  // (The lines drawn over, under and between its parts are no part of it.)
  while (first < last && lines[first]?.kind === "rule") first++;
  if (lines[first]?.kind !== "header") return undefined;
  // A header may run over a few lines, each with a cell over every column.
  let h = first;
  while (h < last && h - first < MAX_HEADER_LINES - 1 && lines[h + 1]?.kind === "header") h++;
  const head = lines[h] as Ranged;
  const read: Array<{ label: Ranged[]; lead: Ranged[]; figures: Ranged[] }> = [];
  let label: Ranged[] = [];
  for (let j = h + 1; j <= last; j++) {
    const line = lines[j] as Ranged & { kind: AlignedKind };
    if (line.kind === "rule") continue;
    if (line.kind === "label") {
      label.push({ start: line.start, end: line.start + input.slice(line.start, line.end).trimEnd().length });
      continue;
    }
    if (line.kind !== "row") return undefined;
    const cells = alignedCells(input, line);
    let f = cells.length;
    while (f > 0 && inFigureColumn(input.slice((cells[f - 1] as Ranged).start, (cells[f - 1] as Ranged).end))) f--;
    if (f > 0) label.push({ start: (cells[0] as Ranged).start, end: (cells[f - 1] as Ranged).end });
    read.push({ label, lead: cells.slice(0, f), figures: cells.slice(f) });
    label = [];
  }
  const width = Math.max(0, ...read.map((r) => r.figures.length));
  if (width <= 0) return undefined;
  const full = read.find((r) => r.figures.length === width)?.figures ?? [];
  const rows: AlignedGrid["rows"] = [];
  for (const { label, lead, figures } of read) {
    const cells = figures.length === width ? figures : underColumns(input, figures, full);
    if (!cells) return undefined;
    rows.push({ label, lead, cells });
  }
  const columns = alignedCells(input, head);
  const upper: Ranged[][] = [];
  for (let j = first; j < h; j++) upper.push(alignedCells(input, lines[j] as Ranged));
  if (columns.length < width || upper.some((cells) => cells.length < width)) {
    const placed = headerByPlace(input, [...upper, columns], full);
    return placed && { ...placed, rows };
  }
  const above: Ranged[][] = Array.from({ length: width }, (_, c) => upper.map((cells) => cells[cells.length - width + c] as Ranged));
  // Over the labels, a cell stands over the one below where their places on the line overlap.
  const headAbove = columns.slice(0, columns.length - width).map((cell) => {
    const from = placeOnLine(input, cell.start);
    const to = from + cell.end - cell.start;
    return upper.flatMap((cells) => cells.filter((c) => placeOnLine(input, c.start) < to && placeOnLine(input, c.start) + c.end - c.start > from));
  });
  return { columns: columns.slice(columns.length - width), above: h > first ? above : [], head: columns, headAbove, rows };
}

/** How far along its line a position stands. */
const placeOnLine = (input: string, pos: number): number => pos - (input.lastIndexOf("\n", pos - 1) + 1);

/**
 * The header of a table some of whose header lines leave a column without a cell ("Vốn hóa" over
 * "(nghìn tỷ đồng)", "Số mã" over nothing): each cell heads the column of figures that ends at or
 * after where it starts, and one that ends before the figures start heads the labels. Each
 * column's lowest cell is its own in `columns`, those over it `above`. Undefined when a column has
 * no cell, or a line two cells over one column.
 */
function headerByPlace(input: string, header: readonly Ranged[][], full: readonly Ranged[]): Omit<AlignedGrid, "rows"> | undefined {
  const ends = full.map((f) => placeOnLine(input, f.end));
  const figuresFrom = placeOnLine(input, (full[0] as Ranged).start);
  const byColumn: Ranged[][] = full.map(() => []);
  const labelLines: Ranged[][] = [];
  for (const cells of header) {
    const labels: Ranged[] = [];
    const taken = new Set<number>();
    for (const cell of cells) {
      const from = placeOnLine(input, cell.start);
      if (from + cell.end - cell.start <= figuresFrom) {
        labels.push(cell);
        continue;
      }
      const c = ends.findIndex((end) => end >= from);
      if (c < 0 || taken.has(c)) return undefined;
      taken.add(c);
      (byColumn[c] as Ranged[]).push(cell);
    }
    labelLines.push(labels);
  }
  if (byColumn.some((cells) => cells.length === 0)) return undefined;
  // The labels' header: the lowest line's cells over them, with the cells above each that it stands under.
  let lowest = labelLines.length - 1;
  while (lowest >= 0 && (labelLines[lowest] as Ranged[]).length === 0) lowest--;
  const labelHead = lowest < 0 ? [] : (labelLines[lowest] as Ranged[]);
  const headAbove = labelHead.map((cell) => {
    const from = placeOnLine(input, cell.start);
    const to = from + cell.end - cell.start;
    return labelLines.slice(0, lowest).flatMap((cells) => cells.filter((c) => placeOnLine(input, c.start) < to && placeOnLine(input, c.start) + c.end - c.start > from));
  });
  const columns = byColumn.map((cells) => cells[cells.length - 1] as Ranged);
  const above = byColumn.map((cells) => cells.slice(0, -1));
  return { columns, above: above.some((cells) => cells.length > 0) ? above : [], head: [...labelHead, ...columns], headAbove };
}

/**
 * The figures of a row short of a cell, each in the column whose cell in a full row it stands
 * under (their places on their lines overlap), null in the others; undefined when a figure stands
 * under no column, or under one another figure took.
 */
function underColumns(input: string, figures: readonly Ranged[], full: readonly Ranged[]): Array<Ranged | null> | undefined {
  const cells: Array<Ranged | null> = full.map(() => null);
  let next = 0;
  for (const figure of figures) {
    const from = placeOnLine(input, figure.start);
    const to = from + figure.end - figure.start;
    while (next < full.length && placeOnLine(input, (full[next] as Ranged).end) <= from) next++;
    const column = full[next];
    if (!column || placeOnLine(input, column.start) >= to) return undefined;
    cells[next++] = figure;
  }
  return cells;
}

/**
 * The tables whose columns are aligned with spaces, as input ranges from the first line of their
 * cells (a header of columns) to the end of their last row: two rows or more, each with two figures
 * or more in columns, maybe with a label wrapped onto a line of its own before a row. Prose has
 * its figures among words, one gap of spaces at most between them. A blank line ends a table.
 */
function findAlignedTables(input: string): TableRange[] {
  const lines: Array<{ start: number; end: number; kind: AlignedKind }> = [];
  for (let i = 0; i <= input.length; ) {
    let end = i;
    while (end < input.length && input.charCodeAt(end) !== 0x0a && input.charCodeAt(end) !== 0x0d) end++;
    const text = input.slice(i, end);
    const lead = text.length - text.trimStart().length;
    lines.push({ start: i + lead, end, kind: alignedKind(text.trim()) });
    // "\r\n" is one break.
    i = input.charCodeAt(end) === 0x0d && input.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
  }
  // A line is in a table as a row or a header, or as a label of lines of its own right before a row.
  const inTable = (k: number): boolean => {
    const kind = lines[k]?.kind;
    if (kind === "row" || kind === "header" || kind === "rule") return true;
    let j = k;
    while (lines[j]?.kind === "label" && j - k < MAX_LABEL_LINES) j++;
    return kind === "label" && lines[j]?.kind === "row";
  };
  const tables: TableRange[] = [];
  for (let k = 0; k < lines.length; k++) {
    if (!inTable(k)) continue;
    let j = k;
    let rows = 0;
    let lastRow = k;
    for (; j < lines.length && inTable(j); j++) {
      if (lines[j]?.kind === "row") {
        rows++;
        lastRow = j;
      }
    }
    if (rows >= 2) tables.push({ start: (lines[k] as { start: number }).start, end: (lines[lastRow] as { end: number }).end, aligned: true, grid: gridOf(input, lines, k, lastRow) });
    k = j;
  }
  return tables;
}

/** Both kinds of table, in text order; where two overlap, the one that starts first. */
function tablesOf(input: string): TableRange[] {
  const all = [...findTables(input), ...(COLUMN_GAP.test(input) ? findAlignedTables(input) : [])].sort((a, b) => a.start - b.start);
  const kept: TableRange[] = [];
  for (const t of all) if (t.start >= (kept[kept.length - 1]?.end ?? 0)) kept.push(t);
  return kept;
}

/**
 * Where each code unit of the normalised text comes from in the input, as runs: a run of units
 * copied one for one (the k-th from input offset `start + k`, one unit long), or a unit of its own
 * with its input range (a composed letter, a repaired character, one space for a run of spaces and
 * line breaks). Most of a text is copied, so a text of a million units takes a few thousand runs,
 * not two arrays of a million offsets each (which cost more to allocate and collect than the
 * normalisation itself once a document is a few hundred KB long).
 */
/** `OffsetMap.endAt` of a run of copied units. */
const COPIED = -1;

export class OffsetMap {
  /** Where each run starts in the normalised text, ascending. */
  private readonly outAt: number[] = [];
  /** The input offset of each run's first unit. */
  private readonly startAt: number[] = [];
  /** A unit of its own's input end; COPIED for a run of copied units. */
  private readonly endAt: number[] = [];
  /** Units mapped, and the input's length: where a unit past the end starts and ends. */
  length = 0;
  inputLength = 0;

  /** Maps the next unit to the input range [start, end). */
  add(start: number, end: number): void {
    const k = this.length++;
    const r = this.outAt.length - 1;
    if (end === start + 1 && r >= 0 && this.endAt[r] === COPIED && (this.startAt[r] as number) + k - (this.outAt[r] as number) === start) return;
    this.outAt.push(k);
    this.startAt.push(start);
    this.endAt.push(end === start + 1 ? COPIED : end);
  }

  /** The last unit also covers the input up to `end`. */
  stretchLast(end: number): void {
    const k = this.length - 1;
    if (end === this.endOf(k)) return;
    const r = this.outAt.length - 1;
    if (this.outAt[r] === k) this.endAt[r] = end;
    else {
      this.outAt.push(k);
      this.startAt.push(this.startOf(k));
      this.endAt.push(end);
    }
  }

  /** Offset in the input where unit k starts (the input's end for k at or past the last unit). */
  startOf(k: number): number {
    if (k >= this.length) return this.inputLength;
    if (k < 0) return 0;
    const r = this.runOf(k);
    return this.endAt[r] === COPIED ? (this.startAt[r] as number) + k - (this.outAt[r] as number) : (this.startAt[r] as number);
  }

  /** Offset in the input where unit k ends. */
  endOf(k: number): number {
    if (k >= this.length) return this.inputLength;
    if (k < 0) return 0;
    const r = this.runOf(k);
    return this.endAt[r] === COPIED ? (this.startAt[r] as number) + k - (this.outAt[r] as number) + 1 : (this.endAt[r] as number);
  }

  /** The first unit (or the end) whose input start is at or after `pos`. */
  firstAtOrAfter(pos: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.startOf(mid) < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The run holding unit k: the last one starting at or before it. */
  private runOf(k: number): number {
    const outAt = this.outAt;
    let lo = 0;
    let hi = outAt.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((outAt[mid] as number) <= k) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

// The code units being written, kept from one call to the next (up to SCRATCH_KEPT of them), so
// that a document costs no fresh buffer: the text leaves as a string, the buffer stays here.
const SCRATCH_KEPT = 1 << 20;
let scratch: Uint16Array = new Uint16Array(0);

/** The normalised text as it is written, code unit by code unit, and the input range each one comes from. */
class Output {
  length = 0;
  readonly offsets = new OffsetMap();
  private units: Uint16Array;

  constructor(inputLength: number) {
    // Taken, not shared: a call that somehow started inside this one gets its own.
    this.units = scratch.length >= inputLength + 16 ? scratch : new Uint16Array(inputLength + 16);
    scratch = new Uint16Array(0);
  }

  push(code: number, start: number, end: number): void {
    if (this.length === this.units.length) this.grow();
    this.units[this.length++] = code;
    this.offsets.add(start, end);
  }

  at(k: number): number {
    return this.units[k] as number;
  }

  /** The last unit also covers the input up to `end` (a line break read as the space before it). */
  stretchLast(end: number): void {
    this.offsets.stretchLast(end);
  }

  text(from: number, to: number): string {
    let s = "";
    for (let k = from; k < to; k += 8192) s += String.fromCharCode.apply(null, this.units.subarray(k, Math.min(to, k + 8192)) as unknown as number[]);
    return s;
  }

  /** The text and its offsets; the buffer goes back for the next call. */
  finish(inputLength: number): { text: string; offsets: OffsetMap } {
    const text = this.text(0, this.length);
    this.offsets.inputLength = inputLength;
    if (this.units.length <= SCRATCH_KEPT && this.units.length > scratch.length) scratch = this.units;
    return { text, offsets: this.offsets };
  }

  private grow(): void {
    const units = new Uint16Array(this.units.length * 2);
    units.set(this.units);
    this.units = units;
  }
}

export function normalizeText(input: string, continuesLine?: ContinuesLine): NormalizedText {
  if (!NEEDS_WORK.test(input)) {
    const nfc = input.normalize("NFC");
    if (nfc === input) return { text: input, offsets: null, tables: [], mojibake: 0 };
  }
  const n = input.length;
  const out = new Output(n);
  const tables = input.includes("\n") || input.includes("\r") ? tablesOf(input) : [];
  // The table the next line break may touch: its breaks, and those just before and after it, stay.
  let table = 0;
  let mojibake = 0;
  let sureOfMojibake: boolean | undefined;
  const sure = (): boolean => (sureOfMojibake ??= SURE_MOJIBAKE.test(input.normalize("NFC")));
  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    // Most code units are copied as they are: only those the branches below change get a look.
    if (isPlain(c) && (i + 1 === n || !isCombining(input.charCodeAt(i + 1)))) {
      out.push(c, i, i + 1);
      i++;
      continue;
    }
    if (isDropped(c)) {
      i++;
      continue;
    }
    // (Decomposed, "Â" is "A" and a circumflex.)
    const half = c === MOJIBAKE_NBSP ? 1 : c === 0x41 && input.charCodeAt(i + 1) === 0x302 ? 2 : 0;
    if (half && (input.charCodeAt(i + half) === 0xa0 || (input.charCodeAt(i + half) === 0x20 && /\d/u.test(input[i - 1] ?? "")))) {
      i += half;
      continue;
    }
    // (Only before a character beyond ASCII: "á" and "â" are Vietnamese letters, mostly before
    // plain ones. Decomposed, "Ã" is "A" and a tilde; "Å" may be the Ångström sign.)
    const lead = isMojibakeLead(c) || hasNfcSingleton(c) || ((c === 0x41 || c === 0x61) && isCombining(input.charCodeAt(i + 1)));
    const misread = lead && input.charCodeAt(i + 1) >= 0x80 ? mojibakeAt(input, i, sure) : null;
    if (misread !== null) {
      out.push(misread.code, i, misread.end);
      mojibake++;
      i = misread.end;
      continue;
    }
    const repair = c >= 0xd0 && c <= 0xfb04 ? REPAIRS[c] : undefined;
    if (repair !== undefined) {
      for (let k = 0; k < repair.length; k++) out.push(repair.charCodeAt(k), i, i + 1);
      i++;
      continue;
    }
    // "chuyển đổi sô-\nhóa": a word broken by a hyphen at the end of a line is one word again.
    if (c === 0x2d && out.length && /\p{L}/u.test(String.fromCharCode(out.at(out.length - 1)))) {
      let j = i + 1;
      if (input.charCodeAt(j) === 0x0d) j++;
      if (input.charCodeAt(j) === 0x0a && /\p{Ll}/u.test(input[j + 1] ?? "")) {
        i = j + 1;
        continue;
      }
    }
    if (c === 0x0d || c === 0x0a) {
      // A run of line breaks (and the spaces between them) inside a sentence is a soft wrap, read
      // as one space; otherwise each line break stays.
      let j = i;
      while (j < n && (input.charCodeAt(j) === 0x0d || input.charCodeAt(j) === 0x0a || isSpace(input.charCodeAt(j)) || isDropped(input.charCodeAt(j)))) j++;
      while (table < tables.length && (tables[table] as Ranged).end < i) table++;
      const inTable = table < tables.length && (tables[table] as Ranged).start <= j;
      if (!inTable && isSoftBreak(input, out, j, continuesLine)) {
        if (out.at(out.length - 1) === 0x20) out.stretchLast(j);
        else out.push(0x20, i, j);
        i = j;
        continue;
      }
      const k = c === 0x0d && input.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
      out.push(0x0a, i, k);
      i = k;
      continue;
    }
    if (isSpace(c)) {
      let j = i + 1;
      while (j < n && isSpace(input.charCodeAt(j))) j++;
      if (out.length && out.at(out.length - 1) !== 0x20) out.push(0x20, i, j);
      i = j;
      continue;
    }
    // A base character and the combining marks after it compose as one cluster.
    let j = i + 1;
    if (c >= 0xd800 && c <= 0xdbff && j < n) j++;
    if ((j < n && isCombining(input.charCodeAt(j))) || hasNfcSingleton(c)) {
      while (j < n && isCombining(input.charCodeAt(j))) j++;
      const cluster = input.slice(i, j).normalize("NFC");
      for (let k = 0; k < cluster.length; k++) out.push(cluster.charCodeAt(k), i, j);
    } else {
      for (let k = i; k < j; k++) out.push(input.charCodeAt(k), i, j);
    }
    i = j;
  }
  const { text, offsets } = out.finish(n);
  const at = (r: Ranged): Ranged => ({ start: offsets.firstAtOrAfter(r.start), end: offsets.firstAtOrAfter(r.end) });
  const grid = (g: AlignedGrid): AlignedGrid => ({
    columns: g.columns.map(at),
    above: g.above.map((parts) => parts.map(at)),
    head: g.head.map(at),
    headAbove: g.headAbove.map((over) => over.map(at)),
    rows: g.rows.map((r) => ({ label: r.label.map(at), lead: r.lead.map(at), cells: r.cells.map((c) => c && at(c)) })),
  });
  return { text, offsets, tables: tables.map((t) => ({ ...at(t), aligned: t.aligned, grid: t.grid && grid(t.grid) })), mojibake };
}

/** The caller's offsets for the normalised range [start, end). */
export function toInputSpan(n: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (!n.offsets) return { start, end: Math.max(start, end) };
  const from = n.offsets.startOf(start);
  return end <= start ? { start: from, end: from } : { start: from, end: n.offsets.endOf(end - 1) };
}
