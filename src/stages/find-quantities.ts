import { D, pow10, toPlain, type Dec } from "../numbers/decimal.js";
import { decideNumberStyle, readNumeral } from "../numbers/numeral.js";
import type { BaselineMention, Hit, PeriodMention, UnitEntry } from "../languages/language.js";
import { allMatches, endsWith, matchAt } from "../grammar/ends-with.js";
import { firstFrom, lineRanges, lowerBound, within, type Ranged } from "../text/ranges.js";
import { cellAt, isPipeRow, tableCells } from "./tables.js";
import { nounPhraseAfter, rowLabelOf } from "./noun-phrase.js";
import { newQuantity, sentenceAt, warn, type Quantity, type Work } from "./work.js";

// Digits with separators: "94,3", "500.000", "1.234,56".
const MAX_NUMERAL = 40;
const NUMERAL = /\d+(?:[.,]\d+)*/g;
const FILE_EXTENSION = /^\.(?:png|jpe?g|gif|webp|svg|pdf|docx?|xlsx?|html?|aspx?|php)\b/iu;
// "tỷ 800 triệu": the number of a smaller scale after the first.
const SMALLER_SCALE_NUMBER = /^ (\d{1,3}) /u;
// "12/63", "22.159/22.248 HS": a denominator right after a number.
const DENOMINATOR = /^\/(\d+(?:[.,]\d+)*)/u;
// "/lao động", "/10.000 dân", "%/năm", "/người/tháng": the denominator of a rate.
const PER = /^\s*\/\s*((?:\d+(?:[.,]\d+)*\s+)?[\p{L}\p{M}][\p{L}\p{M}\d²³]*(?:\s+[\p{L}\p{M}][\p{L}\p{M}\d²³]*){0,2}(?:\/[\p{L}\p{M}]+)*)/u;
const LETTER = /[\p{L}\p{M}]/u;
/** Whether the letters right before `pos` form a word of ASCII letters only ("IPv" of "IPv6"). */
function asciiWordBefore(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0) {
    const c = text.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) i--;
    else break;
  }
  return i < pos - 1 && (i < 0 || !LETTER.test(text[i] as string));
}

/** Whether a counted noun, listed or not, starts at `pos`. */
function countAt(work: Work, pos: number): boolean {
  return (work.language.unitAt(work.text, pos) ?? work.language.countedNounAt(work.text, pos))?.value.kind === "count";
}

/** The lines a unit note governs, and where the unit it names starts. */
interface UnitNote extends Ranged {
  unitAt: number;
  /** The period the note's line names ("Một số mặt hàng xuất khẩu 10 tháng năm 2025 (đơn vị: …)"): its rows'. */
  period: PeriodMention | undefined;
  /** "(đơn vị: triệu USD; tốc độ so với cùng kỳ, %)": where the "%" of the signed numbers in brackets is, or -1. */
  percentAt: number;
  /** What those signed numbers compare the row's value with ("so với cùng kỳ"). */
  baseline: BaselineMention | undefined;
  /** "(riêng kim ngạch xuất khẩu, nhập khẩu: triệu USD)": rows naming one of `names` take the unit at `unitAt`. */
  except: { names: string[]; unitAt: number } | undefined;
}

/** Where the unit a note gives a row with the label `row` starts: its exception's, if the row is named in it. */
function unitOfRow(note: UnitNote, row: string | null): number {
  const label = row?.toLowerCase() ?? "";
  return note.except && note.except.names.some((n) => label.includes(n)) ? note.except.unitAt : note.unitAt;
}

// ": 1.724,5 (+": a row's value, then a bracket and a sign.
const SIGNED_AFTER_VALUE = /:[ \t]*\d[\d.,]*[ \t]*\([ \t]*[-+−]$/u;
// The unit notes' patterns, made global once.
const GLOBAL = new WeakMap<RegExp, RegExp>();
// The longest line a unit note governs (the rows of a flattened table are short), and the most rows.
const NOTE_ROW = 200;
const NOTE_ROWS = 100;

/** The note whose rows `pos` is in: the last to start before it (notes are in text order). */
function noteAt(notes: readonly UnitNote[], pos: number): UnitNote | undefined {
  const note = notes[lowerBound(notes, pos) - 1];
  return note && pos < note.end ? note : undefined;
}

/** The note whose table row a number at `pos` opens the value of ("Hoa quả tươi: 1.724,5"). */
function noteOver(notes: readonly UnitNote[], text: string, pos: number): UnitNote | undefined {
  const note = noteAt(notes, pos);
  return note && rowLabelOf(text, pos) !== null ? note : undefined;
}

/**
 * The note whose table row has a signed number in brackets at `pos`, right after its value
 * ("1.724,5 (+31,2)"), when the note names a "%" for them.
 */
function signedOver(notes: readonly UnitNote[], text: string, pos: number): UnitNote | undefined {
  const note = noteAt(notes, pos);
  return note && note.percentAt >= 0 && SIGNED_AFTER_VALUE.test(text.slice(Math.max(note.start, pos - 40), pos)) ? note : undefined;
}

/**
 * "Kim ngạch một số mặt hàng (đơn vị: triệu USD):", "(ĐVT: tỷ đồng)": a line that names the unit of
 * the short lines after it, up to a blank line or a longer one: the rows of a flattened table. In
 * text order, as their rows start.
 */
function unitNotes(work: Work): UnitNote[] {
  const notes: UnitNote[] = [];
  const { text } = work;
  const note = work.language.grammar.unitNote;
  if (!note.test(text)) return notes;
  let pattern = GLOBAL.get(note);
  if (!pattern) GLOBAL.set(note, (pattern = new RegExp(note.source, `${note.flags}g`)));
  let lines: Ranged[] | undefined;
  for (const m of allMatches(pattern, text)) {
    lines ??= lineRanges(text);
    const unitAt = m.index + m[0].length;
    // The note's own line: the last to start at or before it.
    const i = lowerBound(lines, unitAt + 1) - 1;
    if (i < 0) continue;
    let end = -1;
    for (let k = i + 1; k < Math.min(lines.length, i + 1 + NOTE_ROWS); k++) {
      const line = lines[k] as Ranged;
      if (line.end - line.start > NOTE_ROW || !/\S/u.test(text.slice(line.start, line.end))) break;
      end = line.end;
    }
    // "Unit: VND thousand", a blank line, then the table: the note is the table's.
    let k = i + 1;
    while (end < 0 && k < lines.length && k <= i + 2 && !/\S/u.test(text.slice((lines[k] as Ranged).start, (lines[k] as Ranged).end))) k++;
    if (end < 0 && k > i + 1 && k < lines.length) {
      const first = lines[k] as Ranged;
      const next = work.norm.tables[lowerBound(work.norm.tables, first.start)];
      const aligned = next && next.start < first.end ? next : undefined;
      if (aligned) end = aligned.end;
      for (; !aligned && k < lines.length && isPipeRow(text, lines[k] as Ranged); k++) end = (lines[k] as Ranged).end;
    }
    const line = lines[i] as Ranged;
    const period = within(work.periods, line.start, unitAt).filter((p) => !p.baseline && !p.ofPassage).pop();
    const rest = text.slice(unitAt, line.end);
    const close = rest.indexOf(")");
    const percent = rest.slice(0, close < 0 ? rest.length : close).search(/[;,][^;]*%/u);
    const percentAt = percent < 0 ? -1 : unitAt + rest.indexOf("%", percent);
    const baseline = within(work.baselines, line.start, line.end).filter((b) => b.against === "previous").pop();
    const exception = work.language.grammar.unitNoteException.exec(rest);
    const names = exception?.groups?.items?.toLowerCase().split(work.language.grammar.namesApart).filter((n) => n !== "");
    const except = exception && names?.length ? { names, unitAt: unitAt + exception[0].length } : undefined;
    if (end > unitAt) notes.push({ start: line.end, end, unitAt, period, percentAt, baseline, except });
  }
  return notes;
}

/**
 * The unit and scale a column's header or a table's note names at `at` ("(ha)", "(US$ million)",
 * "triệu USD"), as the tail of a bare number ending at `end`; with where the unit's own words end
 * (-1 for a scale alone). Null when it names none. With `anyNoun`, a counted noun no lexicon lists
 * counts too ("Triệu đôi" in a column of units).
 */
function namedTail(work: Work, at: number, end: number, anyNoun = false): { tail: Tail; unitEnd: number } | null {
  const named = readTail(work, at, anyNoun);
  if (!named.unit && !named.scale) return null;
  // "(US$ million)": a scale after the currency.
  const scaleAfter = named.unit && !named.scale ? work.language.scaleAt(work.text, named.unit.end + (work.text[named.unit.end] === " " ? 1 : 0)) : null;
  const here = { start: end, end };
  const scale = named.scale ?? scaleAfter;
  return { tail: { ...named, end, unit: named.unit && { ...named.unit, ...here }, scale: scale && { ...scale, ...here } }, unitEnd: named.unit?.end ?? -1 };
}

/**
 * The unit a row names in a table's column of units ("Triệu cái", "Nghìn tấn", "Chiếc"), as the tail
 * of a bare number ending at `end`; a counted noun there is capitalised as its cell's first word.
 */
function rowUnitTail(work: Work, unit: Ranged, end: number): Tail | null {
  const named = namedTail(work, unit.start, end, true);
  if (named) return named.tail;
  const words = work.text.slice(unit.start, unit.end);
  const counted = CAPITALISED_WORDS.test(words) ? work.language.countedNounAt(words.toLowerCase(), 0) : null;
  return counted && { end, scale: null, extra: null, unit: { ...counted, start: end, end } };
}
// "Chiếc", "Lượt người": a capitalised word, and any after it in lower case.
const CAPITALISED_WORDS = /^\p{Lu}[\p{L}\p{M}]*(?: [\p{Ll}\p{M}]+)*$/u;

interface Tail {
  end: number;
  scale: Hit<number> | null;
  /** Extra amount of a compound: "11 tỷ 800 triệu" adds 800 × 10^6. */
  extra: Dec | null;
  unit: Hit<UnitEntry> | null;
}

/**
 * Reads scale and unit after a number: " tỷ đồng", "%", " triệu lượt khách", "tỷ 800 triệu USD";
 * with `anyNoun`, a counted noun no lexicon lists too ("64 đơn thư").
 */
function readTail(work: Work, pos: number, anyNoun = false): Tail {
  const { text, language } = work;
  let p = pos;
  const skip = (at: number): number => (text[at] === " " ? at + 1 : at);
  const scale = language.scaleAt(text, skip(p));
  let extra: Dec | null = null;
  if (scale) {
    p = scale.end;
    // "hai triệu rưỡi", "1 tỷ rưỡi": and half of the scale.
    const half = matchAt(language.grammar.halfOfScale, text, p);
    if (half) {
      extra = new D(5).times(pow10(scale.value - 1));
      p += half[0].length;
    }
    // "11 tỷ 800 triệu": a smaller scale right after adds to the first.
    const m = extra ? null : matchAt(SMALLER_SCALE_NUMBER, text, p);
    if (m) {
      const second = language.scaleAt(text, p + m[0].length);
      if (second && second.value < scale.value) {
        extra = new D(m[1] as string).times(pow10(second.value));
        p = second.end;
      }
    }
  }
  const unit = language.unitAt(text, skip(p)) ?? (anyNoun ? language.countedNounAt(text, skip(p)) : null);
  if (unit) p = unit.end;
  // "8 tháng rưỡi", "2 giờ rưỡi": and half a unit.
  const half = unit?.value.kind === "duration" && !scale ? matchAt(language.grammar.halfOfScale, text, p) : null;
  if (half) {
    extra = new D("0.5");
    p += half[0].length;
  }
  return { end: unit || scale ? p : pos, scale, extra, unit };
}

// "30", "6": a number that may be a day of a month.
const DAY = /^\d{1,2}$/u;
// "2023": a number that is a year.
const A_YEAR = /^(?:19|20)\d{2}$/u;

/** Finds every figure with its scale, unit, range and rate; drops dates, codes and numbers of things. */
export function findQuantities(work: Work): void {
  const { text } = work;
  const g = work.language.grammar;
  // The numerals and where they start, without keeping a match object for each of them.
  const raws: string[] = [];
  const starts: number[] = [];
  NUMERAL.lastIndex = 0;
  for (let m = NUMERAL.exec(text); m !== null; m = NUMERAL.exec(text)) {
    raws.push(m[0]);
    starts.push(m.index);
  }
  const decided = decideNumberStyle(raws.filter((r) => r.length <= MAX_NUMERAL), work.language.numberStyle);
  work.style = decided.style;
  work.styleDecided = decided.decided;
  // Periods are short: one containing [s, e) starts at most 80 characters before it.
  const { cells, headers } = tableCells(work);
  const notes = unitNotes(work);
  const inPeriod = (s: number, e: number): boolean => within(work.periods, s - 80, e + 80).some((p) => s >= p.start && e <= p.end);
  let consumedUntil = 0;
  // Where the last place in a ranking ended: "ranked 5th in … and 11th in …" goes on with it.
  let lastRankEnd = -1;

  for (let k = 0; k < raws.length; k++) {
    const raw = raws[k] as string;
    const s = starts[k] as number;
    let e = s + raw.length;
    if (s < consumedUntil) continue;
    // No figure is written with more than a few dozen digits and separators: "1,1,1,…" is noise.
    if (raw.length > MAX_NUMERAL) continue;
    const prev = text[s - 1] ?? "";
    const next = text[e] ?? "";
    const rules: string[] = [];

    if (inPeriod(s, e)) continue;
    if (headers.length && cellAt(headers, s)) continue;
    // "a 9.4% increase over 2023": the year a baseline names is no figure.
    if (A_YEAR.test(raw) && within(work.baselines, s - 80, e + 80).some((b) => s >= b.start && e <= b.end)) continue;
    // "US$21.68", "VND477": a currency before the number (languages that write it there).
    const lead = work.language.unitBefore(text, s);
    // "IPv6", "A320", slugs "xua-1724": a code, not a figure. Vietnamese glued words ("có34") pass.
    if (LETTER.test(prev) && asciiWordBefore(text, s) && !lead) continue;
    if (prev === "-" && /[\p{L}\p{N}]/u.test(text[s - 2] ?? "")) continue;
    if (/[:]/u.test(prev) && /\d/u.test(text[s - 2] ?? "")) continue;
    if (next === ":" && /\d/u.test(text[e + 1] ?? "")) {
      consumedUntil = e + 3;
      continue;
    }
    if (matchAt(FILE_EXTENSION, text, e)) continue;
    // "ranked 5th out of 63 provinces … and 11th in …", "xếp thứ 5 về … và thứ 11 về …": a place in
    // a ranking, after a verb of ranking or, marked as an ordinal, after another place of its clause.
    const ordinal = matchAt(g.ordinalAfter, text, e);
    const ranked = endsWith(g.rankBefore, text, s, 12) || ((ordinal !== null || endsWith(g.ordinalBefore, text, s, 8)) && listedAfterRank(work, lastRankEnd, s));
    if (ranked) {
      if (ordinal) e += ordinal[0].length;
      const outOf = matchAt(g.rankOutOf, text, e);
      if (outOf) consumedUntil = e + outOf[0].length;
    }
    if (!ranked && endsWith(g.notAFigureBefore, text, s, 24)) continue;
    // "the April 30 celebrations": a day after its month's name, no count of what follows.
    if (DAY.test(raw) && Number(raw) <= 31 && endsWith(g.dayOfMonthBefore, text, s, 12)) continue;
    // A leading zero makes a code or a time ("0238", "08 giờ"), but for a small count written with
    // two digits, as official texts do ("01 đô thị loại I", "06 dự án").
    if (/^0\d/u.test(raw) && !(/^0[1-9]$/u.test(raw) && next === " " && countAt(work, e + 1))) continue;
    // A denominator: "12/63", "/2024". Kept only as "/3.059 thí sinh" after a word.
    if (prev === "/" && /\d/u.test(text[s - 2] ?? "")) continue;

    const numeral = readNumeral(raw, work.style);
    if (!numeral) continue;
    // "-3,5%", "+15,3%": a sign right before the digits, not a hyphen between words or numbers.
    const sign = /[-+−]/u.test(prev) && !/[\p{L}\p{N}]/u.test(text[s - 2] ?? "") ? prev : "";
    if (sign) rules.push("vi/quantity/signed");

    let valueMax: Dec | undefined;
    let stateEnd = e;
    // (A place in a ranking counts nothing that no lexicon lists: "xếp thứ 6 trên 63 tỉnh".)
    let tail = readTail(work, e, !ranked);
    // "| Lúa | 87.315 |" under "| Cây trồng | Diện tích (ha) |": a bare number in a table's cell
    // takes the unit its column's header names.
    const cell = cells.length ? cellAt(cells, s) : undefined;
    let columnPer: string | undefined;
    const header = !cell || tail.unit || tail.scale ? null : cell.column.unitAt >= 0 ? namedTail(work, cell.column.unitAt, e) : null;
    // "| Điện thoại di động | Triệu cái | 13,8 |": else the unit its row names in a column of units.
    const rowUnit = cell && !header && !tail.unit && !tail.scale && cell.rowUnit ? rowUnitTail(work, cell.rowUnit, e) : null;
    if (rowUnit) {
      tail = rowUnit;
      rules.push("vi/quantity/unit-from-row");
    }
    if (header) {
      tail = header.tail;
      // "(tấn/ha)": a rate per what follows the slash.
      const slash = header.unitEnd >= 0 && text[header.unitEnd] === "/" ? /^\/\s*([^()|]+?)\s*\)/u.exec(text.slice(header.unitEnd, header.unitEnd + 40)) : null;
      if (slash) columnPer = slash[1];
      rules.push("vi/quantity/unit-from-column");
    }

    // "- Hoa quả tươi: 1.724,5" under "(đơn vị: triệu USD)": a bare number opening a row's value
    // takes the unit its table's note names, and the row the period the note's line names.
    // "Hoa quả tươi: 1.724,5 (+31,2)" under "(…; tốc độ so với cùng kỳ, %)": the signed number in
    // brackets after it, its change in percent. A cell of a table whose column names no unit takes
    // its table's note too ("(Đơn vị: tỷ đồng)" over "| Huyện | Năm 2024 |"), and keeps its column's period.
    const bareHere = notes.length > 0 && !tail.unit && !tail.scale;
    const note = !bareHere ? undefined : cell ? noteAt(notes, s) : sign ? signedOver(notes, text, s) : noteOver(notes, text, s);
    const named = note ? namedTail(work, sign && !cell ? note.percentAt : unitOfRow(note, cell ? cell.row : rowLabelOf(text, s)), e) : null;
    let notePeriod: PeriodMention | undefined;
    if (named) {
      tail = named.tail;
      if (!cell) notePeriod = note?.period;
      rules.push("vi/quantity/unit-from-note");
    }

    // "8/9 huyện", "22.159/22.248 HS": the numerator counts what follows the denominator.
    const frac = matchAt(DENOMINATOR, text, e);
    if (frac) {
      const afterDen = e + frac[0].length;
      const denTail = readTail(work, afterDen);
      if (ranked) {
        // "xếp thứ 12/63 tỉnh": the place, out of how many.
        consumedUntil = afterDen;
      } else if (denTail.unit?.value.kind === "count") {
        tail = denTail;
        rules.push("vi/quantity/fraction");
      } else {
        consumedUntil = afterDen;
        continue;
      }
    }
    // "9 of the 34 provinces", "21 trong số 34 tỉnh": the part counts what its whole counts (the
    // whole no figure of its own); "43 are model communes": what a copula says the number is.
    const bareCount = !tail.unit && !tail.scale && !ranked && numeral.value.isInteger();
    const partOf = bareCount ? matchAt(g.partOfWhole, text, e) : null;
    const countLead = partOf ?? (bareCount ? matchAt(g.countNamedAfter, text, e) : null);
    const countTail = countLead ? readTail(work, e + countLead[0].length, true) : null;
    if (countTail?.unit?.value.kind === "count" && !countTail.scale) {
      tail = countTail;
      rules.push(partOf ? "vi/quantity/part-of-whole" : "vi/quantity/count-named-after");
    }

    // A range: "2,7-2,9 %", "17-20 triệu lượt khách", "từ 55 đến 60%"; with the unit on both
    // ends: "60%-70%", "từ 6% đến 9%", "từ 5 tỷ đến 7 tỷ đồng".
    const bare = !tail.unit && !tail.scale;
    const joinAt = bare ? e : tail.end;
    // (Not across a table's cells: "12,5%   -1,8%" in two columns is two figures.)
    const range = matchAt(g.rangeJoin, text, joinAt);
    // ("from VND 27,500 to 29,000 per kg", "US$510-520 per tonne": a currency before the first end
    // is the unit of both.)
    const opens = lead ? lead.start : s;
    if (range && (!cell || joinAt + range[0].length <= cell.end) && !tail.unit?.value.unlisted && (range[0].trimStart()[0] === "-" || range[0].trimStart()[0] === "–" || (endsWith(g.rangeFrom, text, opens, 8) && !endsWith(g.changeFrom, text, opens, 30)))) {
      const hiEnd = joinAt + range[0].length;
      const hiTail = readTail(work, hiEnd);
      const hi = readNumeral(range[1] as string, work.style);
      const sameEnds = bare || ((!tail.unit || tail.unit.value.unit === hiTail.unit?.value.unit) && tail.scale?.value === hiTail.scale?.value);
      if (hi && (hiTail.unit || hiTail.scale || (bare && lead)) && sameEnds) {
        valueMax = hi.value;
        tail = hiTail;
        rules.push("vi/quantity/range");
        consumedUntil = hiEnd;
      } else if (bare && !hiTail.unit && !hiTail.scale && !/^\s*and/u.test(range[0])) {
        // "30-4", "5-2019", "2016 - 2018": dates and year spans.
        consumedUntil = hiEnd;
        continue;
      }
    }

    // "US$31.38 billion nationwide": the currency wins over a noun no lexicon lists.
    if (lead && (!tail.unit || tail.unit.value.unlisted)) tail = withLeadingUnit(tail.unit ? readTail(work, e) : tail, lead, e, rules);
    const scalePow = tail.scale?.value ?? 0;
    const factor = tail.unit?.value.factor;
    const scaleOf = (v: Dec): Dec => {
      const scaled = scalePow ? v.times(pow10(scalePow)) : v;
      return factor ? scaled.times(factor) : scaled;
    };
    let value = scaleOf(numeral.value);
    if (sign && sign !== "+") value = value.negated();
    if (tail.extra) value = value.plus(tail.extra);
    if (valueMax) valueMax = scaleOf(valueMax);
    stateEnd = tail.end;
    let unit = tail.unit?.value.unit ?? null;
    let kind = tail.unit?.value.kind ?? null;
    // "đến 16 giờ 00 ngày 28/10": a time of day, no span of time and no figure. So are both ends of a
    // range that each write their hour: "từ 18 giờ đến 22 giờ" (a span is "từ 2 đến 3 giờ").
    const clockRange = valueMax !== undefined && !bare && valueMax.isInteger() && valueMax.lte(24);
    if (unit === "hour" && numeral.value.isInteger() && numeral.value.lte(24) && (clockRange || matchAt(g.timeOfDayAfter, text, tail.end))) continue;

    if (ranked && !tail.scale && kind !== "percent") {
      // "top 25 điểm đến", "xếp thứ 12/63": a place in a ranking.
      unit = "rank";
      kind = "rank";
      rules.push("vi/quantity/rank");
      lastRankEnd = e;
    } else if (!tail.unit && !tail.scale) {
      if (LETTER.test(next)) {
        // "4G", "1năm", "003dd52f": letters glued after the digits make a name.
        continue;
      }
    }

    // "1,250 hộ", "5,136 con" in a text of decimal commas: whole things counted without a scale are
    // whole, so the other style's reading is the one meant. (Of things a lexicon lists: a noun no
    // lexicon lists counts only whole things as they are written, below.)
    let number = numeral.number;
    const whole = numeral.otherReading !== undefined && kind === "count" && !tail.unit?.value.unlisted && !tail.scale && !factor && valueMax === undefined && !numeral.value.isInteger() ? new D(numeral.otherReading) : null;
    if (whole?.isInteger()) {
      number = numeral.otherReading as string;
      value = sign && sign !== "+" ? whole.negated() : whole;
      rules.push("vi/quantity/whole-count");
      warn(work, "ambiguous-separator", `"${raw}" counts whole things: read as ${number} in the other style, not as ${toPlain(numeral.value)}`, s, e);
    } else if (numeral.ambiguous && !work.styleDecided) {
      warn(work, "ambiguous-separator", `"${raw}" reads as ${numeral.number} in ${work.style === "vi" ? "Vietnamese" : "English"} style and as ${numeral.otherReading} in the other; read as ${numeral.number}`, s, e);
    }

    // A rate: "102,2 triệu đồng/lao động", "%/năm", "9,8 bác sỹ/10.000 dân", "3.897 USD một tấn",
    // "32 hospital beds per 10,000 people".
    let per: string | undefined;
    const perMatch = wholeAfterSlash(work, stateEnd, unit) ? null : matchAt(PER, text, stateEnd);
    const perWords = perMatch || !unit || kind === "rank" ? null : perDenominatorAt(work, stateEnd);
    if (perMatch && (unit || tail.scale) && kind !== "rank") {
      per = trimPer(perMatch[1] as string, g.perStop);
      stateEnd += perMatch[0].length - ((perMatch[1] as string).length - (per?.length ?? 0));
      rules.push("vi/quantity/per");
    } else if (perWords) {
      per = perWords.text;
      stateEnd = perWords.end;
      rules.push("vi/quantity/per-word");
    } else if (!unit && !tail.scale && kind !== "rank") {
      // "the crude birth rate was 14.2 per 1,000 population", "tỷ suất sinh thô 14,2 trên 1.000
      // dân": a bare number per a number of people counts events among so many of them.
      const among = perDenominatorAt(work, stateEnd);
      if (among && /^\d/u.test(among.text)) {
        per = among.text;
        stateEnd = among.end;
        unit = "count";
        kind = "count";
        rules.push("vi/quantity/rate-per-number");
      }
    } else if (unit && kind !== "count") {
      const each = matchAt(g.perEach, text, stateEnd);
      if (each) {
        const perUnit = work.language.unitAt(text, stateEnd + each[0].length);
        // (Not a baseline: "US$10.57 billion a year earlier".)
        if (perUnit && !((firstFrom(work.baselines, stateEnd)?.start ?? Infinity) < perUnit.end)) {
          per = perUnit.text;
          stateEnd = perUnit.end;
          rules.push("vi/quantity/per-each");
        }
      }
    }

    if (tail.unit?.value.unlisted) {
      // "64 đơn thư", "8.1 million tourist arrivals": a noun no lexicon lists counts only whole
      // things, unless a rate is per something, and not after a preposition: "CPI của 10 nhóm
      // ngành" describes a noun.
      if (!value.isInteger() && !per) continue;
      if (endsWith(g.describingBefore, text, s, 12)) continue;
      // "1990 doanh thu": a bare year before a noun, not a count of it.
      if (/^(?:19|20)\d{2}$/u.test(raw)) continue;
      rules.push("vi/quantity/unlisted-counted-noun");
    }

    // "5 nhóm hàng này", "của 10 nhóm mặt hàng": a count that refers back or qualifies a noun.
    const countEnd = kind === "count" ? nounPhraseAfter(text, tail.end, g.nounPhraseStop).end : tail.end;
    if (kind === "count" && matchAt(g.referBack, text, countEnd)) {
      consumedUntil = countEnd;
      continue;
    }
    const first = tail.unit && tail.unit.start < s ? tail.unit.start : sign ? s - 1 : s;
    const q = newQuantity({
      start: first,
      end: Math.max(e, tail.end),
      perEnd: stateEnd,
      tailEnd: Math.max(stateEnd, countEnd),
      numStart: first,
      sentence: sentenceAt(work, s),
      raw,
      number: sign && sign !== "+" ? `-${number}` : number,
      value,
      scale: tail.scale ? tail.scale.text : null,
      unitText: tail.unit ? tail.unit.text : null,
      unit,
      kind,
      predicateStart: s,
      rules: ["vi/quantity/numeral", ...rules],
    });
    if (valueMax) q.valueMax = valueMax;
    if (per) q.per = per;
    if (columnPer && !q.per) q.per = columnPer;
    if (cell) {
      q.cell = cell;
      if (cell.column.period) q.leadPeriod = cell.column.period;
    }
    if (notePeriod) q.leadPeriod = notePeriod;
    if (note?.baseline && sign) q.leadBaseline = note.baseline;
    const trailing = work.language.trailingQualifierAt(text, q.end);
    if (trailing) {
      q.qualifier = trailing.value;
      q.tailEnd = Math.max(q.tailEnd, trailing.end);
    }
    work.quantities.push(q);
    // "9,8 bác sỹ/10.000 dân": the denominator is read, not a figure of its own.
    consumedUntil = Math.max(consumedUntil, q.end, q.perEnd);
  }
  findWordQuantities(work);
  work.quantities.sort((a, b) => a.start - b.start);
  sharePerOverList(work);
}

const PER_OF_LIST = "vi/quantity/per-of-list";

/**
 * "14.1 doctors and 3.4 pharmacists per 10,000 people": a rate's denominator written out in words
 * once, after the last figure of a list of counts, is every one's. (A slash binds the figure before
 * it alone: "840 bác sĩ và 32 giường bệnh/vạn dân".)
 */
function sharePerOverList(work: Work): void {
  const { listSplit } = work.language.grammar;
  const qs = work.quantities;
  for (let i = qs.length - 1; i > 0; i--) {
    const q = qs[i] as Quantity;
    const p = qs[i - 1] as Quantity;
    if (!q.per || p.per || q.kind !== "count" || p.kind !== "count" || p.sentence !== q.sentence || !(q.rules.includes("vi/quantity/per-word") || q.rules.includes(PER_OF_LIST))) continue;
    const gap = work.text.slice(p.end, q.start);
    if (gap.length > 12 || gap.replace(listSplit, "").trim() !== "") continue;
    p.per = q.per;
    p.rules.push(PER_OF_LIST);
  }
}

/** Whether a figure at `pos` stands in the clause of the place in a ranking that ended at `rankEnd`, not far after it. */
function listedAfterRank(work: Work, rankEnd: number, pos: number): boolean {
  return rankEnd >= 0 && pos - rankEnd <= 160 && sentenceAt(work, rankEnd) === sentenceAt(work, pos) && !/[;:]/u.test(work.text.slice(rankEnd, pos));
}

function wordQuantity(work: Work, start: number, end: number, raw: string, value: Dec, rules: string[]): Quantity {
  return newQuantity({
    start, end, numStart: start, perEnd: end, tailEnd: end, sentence: sentenceAt(work, start), raw, number: toPlain(value),
    value, scale: null, unitText: null, unit: null, kind: null, predicateStart: start, rules,
  });
}

/** "gấp đôi", "gấp rưỡi", and numbers in words with a unit: "mười lăm doanh nghiệp", "hai mươi mốt phần trăm". */
function findWordQuantities(work: Work): void {
  const taken = (s: number, e: number): boolean => {
    for (let i = Math.max(0, lowerBound(work.quantities, s) - 1); i < work.quantities.length; i++) {
      const q = work.quantities[i] as Quantity;
      if (q.start >= e) break;
      if (s < q.tailEnd && e > q.start) return true;
    }
    return false;
  };
  // The figures in digits, in text order (the words' figures are pushed after them).
  const numerals = work.quantities.slice();
  for (const hit of work.language.writtenRatios(work.text)) {
    if (taken(hit.start, hit.end)) continue;
    // "gấp ba lần": the ratio word may take the "lần" of a figure after it.
    const times = readTail(work, hit.end);
    const end = times.unit?.value.kind === "times" && !times.scale ? times.end : hit.end;
    const q = wordQuantity(work, hit.start, end, work.text.slice(hit.start, end), hit.value, ["vi/quantity/ratio-word"]);
    q.unit = "times";
    q.kind = "times";
    q.unitText = hit.text;
    work.quantities.push(q);
  }
  for (const hit of work.language.writtenRanks(work.text)) {
    if (taken(hit.start, hit.end)) continue;
    // "ranking second nationwide", "đứng thứ hai cả nước": a place in a ranking, its verb no part of the subject.
    const q = wordQuantity(work, hit.start, hit.end, hit.text, hit.value, ["vi/quantity/rank-word"]);
    q.numStart = hit.leadStart;
    q.unit = "rank";
    q.kind = "rank";
    work.quantities.push(q);
  }
  // The figures in digits that a word's whole makes no figure of their own.
  const wholes = new Set<Quantity>();
  for (const hit of work.language.writtenNumbers(work.text)) {
    if (taken(hit.start, hit.end)) continue;
    // "three key projects", "hai tuyến đường": a number word that only counts, before a noun no lexicon lists.
    // (Not one that describes a noun: "one of the two ministries", "the three largest markets",
    // "under-five mortality".)
    const before = work.text.slice(Math.max(0, hit.start - 20), hit.start);
    const counting = work.language.grammar.countingWord.test(hit.text) && work.language.grammar.countingWordLead.test(before) && !work.language.grammar.describingBefore.test(before);
    // A lone word ("một", "năm") is too often not a number: it needs a scale or a percent after it.
    // Two words or more of a whole number ("mười bốn phòng học tạm") count a noun no lexicon lists,
    // as digits do ("một nửa giá nhà ở" is half a price, no count).
    const words = hit.text.trim().split(/\s+/u).length;
    let tail = readTail(work, hit.end, counting || (words >= 2 && hit.value.isInteger()));
    // "Twenty-one of the 34 provinces": a part counts what its whole counts.
    const partOf = !tail.unit && !tail.scale && hit.value.isInteger() ? matchAt(work.language.grammar.partOfWhole, work.text, hit.end) : null;
    const wholeTail = partOf ? readTail(work, hit.end + partOf[0].length, true) : null;
    if (wholeTail?.unit?.value.kind === "count" && !wholeTail.scale) tail = wholeTail;
    if (!tail.unit && !tail.scale && hit.value.eq(0.5)) {
      // "giảm một nửa": a change of 50% if a verb of change stands before it (see readPredicates).
      work.quantities.push(wordQuantity(work, hit.start, hit.end, hit.text, hit.value, ["vi/quantity/half"]));
      continue;
    }
    if (!tail.unit && !tail.scale) continue;
    // ("three times the figure of 2025", "four times higher": a ratio, named as one by what follows it.)
    const ratio = tail.unit?.value.kind === "times" && work.language.grammar.ratioFollows.test(work.text.slice(tail.end, tail.end + 24));
    if (words < 2 && !tail.scale && tail.unit?.value.kind !== "percent" && !ratio && !((counting || tail === wholeTail) && tail.unit?.value.kind === "count")) continue;
    const value = hit.value.times(pow10(tail.scale?.value ?? 0)).plus(tail.extra ?? 0);
    const q = wordQuantity(work, hit.start, tail.end, hit.text, value, ["vi/quantity/number-words"]);
    q.number = toPlain(hit.value);
    q.scale = tail.scale?.text ?? null;
    q.unitText = tail.unit?.text ?? null;
    q.unit = tail.unit?.value.unit ?? null;
    q.kind = tail.unit?.value.kind ?? null;
    q.tailEnd = q.kind === "count" ? nounPhraseAfter(work.text, tail.end, work.language.grammar.nounPhraseStop).end : tail.end;
    // (The whole's own figure, read before, is no figure: "34" in "twenty-one of the 34 provinces".)
    if (tail === wholeTail) for (let k = lowerBound(numerals, hit.end); k < numerals.length && (numerals[k] as Quantity).start < tail.end; k++) wholes.add(numerals[k] as Quantity);
    work.quantities.push(q);
  }
  if (wholes.size) work.quantities = work.quantities.filter((q) => !wholes.has(q));
}


/** "US$ 5 million": the currency written before the number is the figure's unit; its text starts the figure. */
function withLeadingUnit(tail: Tail, lead: Hit<UnitEntry>, numberEnd: number, rules: string[]): Tail {
  rules.push("vi/quantity/unit-before");
  return { ...tail, unit: lead, end: Math.max(tail.end, numberEnd) };
}

/** "lao động , tương đương" → "lao động": the denominator without the words after it. */
const SLASH_NUMBER = /^\s*\/\s*\d+(?:[.,]\d+)*/u;

/**
 * "137,8 tỷ đồng/312 tỷ đồng kế hoạch", "37,1 ha/40,07 ha": an amount in the figure's own unit after
 * the slash at `pos` is the whole the figure is a part of, not what it is per (as "/10.000 dân" is).
 */
function wholeAfterSlash(work: Work, pos: number, unit: string | null): boolean {
  const m = unit ? matchAt(SLASH_NUMBER, work.text, pos) : null;
  return m !== null && readTail(work, pos + m[0].length).unit?.value.unit === unit;
}

/**
 * What a rate is per, written in words at `pos`: " trên 10.000 dân", " per 10,000 people" (the
 * number and the noun, up to where the noun phrase stops), with where it ends; else null.
 */
export function perDenominatorAt(work: Work, pos: number): { text: string; end: number } | null {
  const g = work.language.grammar;
  const m = matchAt(g.perDenominator, work.text, pos);
  const words = m?.[2];
  const noun = words === undefined ? undefined : trimPer(words, g.perStop);
  if (!m || words === undefined || noun === undefined) return null;
  return { text: `${m[1]}${noun}`, end: pos + m[0].length - words.length + noun.length };
}

function trimPer(s: string, stop: RegExp): string | undefined {
  const m = stop.exec(` ${s.trim()}`);
  const out = (m ? ` ${s.trim()}`.slice(0, m.index) : s).trim();
  return out || undefined;
}
