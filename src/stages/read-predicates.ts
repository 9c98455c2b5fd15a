import { endsWith, matchAt } from "../grammar/ends-with.js";
import { foldKey } from "../grammar/alternation.js";
import { D } from "../numbers/decimal.js";
import { blankBrackets, blankRanges, firstFrom, lineRanges, lowerBound, within, type Ranged } from "../text/ranges.js";
import { perDenominatorAt } from "./find-quantities.js";
import { ITEM_MARKER, itemAfter, LIST_ITEM, nounPhraseAfter } from "./noun-phrase.js";
import type { BaselineMention, Hit, PeriodMention, UnitEntry } from "../languages/language.js";
import { hasMention, isAmount, PERIOD_LABELLED, VALUE_AFTER_CHANGE, provisional, rightAfter, sentenceAt, warn, type Quantity, type Work } from "./work.js";

/** The last ";" or ":" in [from, to) outside parentheses: a subject never reaches across it. */
function lastClauseBreak(text: string, from: number, to: number): number {
  let depth = 0;
  let at = -1;
  for (let i = to - 1; i >= from; i--) {
    const ch = text[i];
    if (ch === ")") depth++;
    else if (ch === "(") depth = Math.max(0, depth - 1);
    else if ((ch === ";" || ch === ":") && depth === 0) {
      at = i;
      break;
    }
  }
  return at;
}

/**
 * Whether a comparator naming a period opens right after a figure ("bằng 108,9% so với năm 2023"):
 * the figure is the level as a percentage of that period's, an attainment.
 */
function comparedRightAfter(work: Work, q: Quantity): boolean {
  const b = firstFrom(work.baselines, q.end);
  return b !== undefined && b.comparator && b.against === "previous" && /^[\s,]*$/u.test(work.text.slice(q.end, b.start));
}

/**
 * "Tỷ lệ bác sĩ trên 10.000 dân toàn tỉnh ước đạt 13,2 bác sĩ", "the number of nurses per 10,000
 * people reached 21.3": figure `prev`, after "trên"/"per" inside the subject of figure `q` and
 * followed by nothing but more of that subject and `q`'s predicate, is what `q` is per.
 */
function perInSubjectOf(work: Work, prev: Quantity, q: Quantity): { text: string; end: number } | null {
  const { text, language } = work;
  if (prev.verb !== null || q.per || !endsWith(language.grammar.perBefore, text, prev.numStart, 40)) return null;
  const lead = /\s+\S+\s*$/u.exec(text.slice(Math.max(0, prev.numStart - 20), prev.numStart));
  const per = lead ? perDenominatorAt(work, prev.numStart - lead[0].length) : null;
  if (!per) return null;
  const predicate = language.predicateBefore(text, per.end, q.numStart);
  return predicate.start < q.numStart && language.grammar.subjectOnly.test(text.slice(per.end, predicate.start)) ? per : null;
}

const MAX_LIST = 12;

/**
 * The figure with a unit that ends a list of bare numbers going on from figure `i` ("9.140, 2.265
 * và 4.870 người", "1.45 million and 528,000 visitors"), joined by commas or the language's "and"
 * alone; else null. A scale after a number without one is the list's scale, not a new figure's
 * ("9 và 10 triệu đồng"), so no list is read there.
 */
function listEnd(work: Work, qs: readonly Quantity[], i: number): Quantity | null {
  const g = work.language.grammar;
  // Lists are short: a run of bare numbers longer than this is no list of figures (and a longer
  // look would make a text of numbers alone quadratic).
  const scaled = qs[i]?.scale;
  for (let j = i + 1; j < qs.length && j <= i + MAX_LIST; j++) {
    const before = qs[j - 1] as Quantity;
    const next = qs[j] as Quantity;
    const gap = work.text.slice(before.end, next.start);
    if (next.sentence !== before.sentence || (next.scale && !scaled) || !(/^\s*,\s*$/u.test(gap) || (gap.trim().length <= 5 && g.listJoin.test(` ${gap.replace(/^\s*,/u, "")} `)))) return null;
    // ("rose to 21.5 million, 2.4 times the …": a figure in millions is no ratio nor percentage.)
    if (next.unit) return scaled && (next.kind === "times" || next.kind === "percent" || next.kind === "points") ? null : next;
  }
  return null;
}

/**
 * A counted noun the lexicon lists that ends the words in [from, to): "Foreign arrivals" (…reached
 * 1.2 million); not one that only says whose it is ("doanh thu của hợp tác xã", "revenue of the cooperatives").
 */
function countedNounEnding(work: Work, from: number, to: number): UnitEntry | null {
  const { text, language } = work;
  let end = to;
  while (end > from && /\s/u.test(text[end - 1] as string)) end--;
  // The starts of the last three words, the longest noun first ("hợp tác xã" before "xã").
  const starts: number[] = [];
  for (let start = end; start > from && starts.length < 3; ) {
    start = Math.max(from, text.lastIndexOf(" ", start - 2) + 1);
    starts.unshift(start);
  }
  for (const start of starts) {
    const unit = language.unitAt(text, start);
    if (!unit || unit.end !== end || unit.value.kind !== "count") continue;
    const before = text.slice(from, start).trim().split(/\s+/u).slice(-2);
    return before.includes(language.grammar.ofWord) ? null : unit.value;
  }
  return null;
}

/**
 * Marks `q` a value a period labels ("(năm 2025: 1.080 tỷ đồng)"), the last period named since
 * `from`; a year is the baseline's, and the figures after it do not take it.
 */
function labelledBy(work: Work, q: Quantity, from: number): void {
  q.rules.push(PERIOD_LABELLED);
  const label = within(work.periods, from, q.numStart).pop();
  if (label?.kind === "year") {
    label.baseline = true;
    q.fromPeriod = label;
  }
}

/**
 * The level that the value `qs[i]` in brackets is the baseline of when one period labels values of
 * several levels ("9 vụ cháy, thiệt hại 21,5 ha (năm 2025: 14 vụ, 38,2 ha)"): the last level of its
 * unit outside brackets in its sentence, before the bracket, where the bracket opens with the label
 * or goes on after a value it labelled.
 */
function levelOfLabelledValue(work: Work, qs: readonly Quantity[], i: number, prev: Quantity | undefined): Quantity | undefined {
  const { text } = work;
  const q = qs[i] as Quantity;
  const open = text.lastIndexOf("(", q.numStart);
  if (open < 0 || text.slice(open, q.numStart).includes(")")) return undefined;
  const g = work.language.grammar;
  const labelledBefore = prev !== undefined && prev.start > open && prev.role === "baseline-value" && prev.rules.includes(PERIOD_LABELLED) && /^[\s,;]*$/u.test(` ${text.slice(prev.end, q.start)} `.replace(g.listJoin, " "));
  if (!labelledBefore) {
    const lead = g.baselineValueLead.exec(blankRanges(text.slice(open, q.start), open, within(work.periods, open, q.start)));
    if (!lead?.groups?.periodLabel) return undefined;
  }
  for (let k = i - 1; k >= 0; k--) {
    const r = qs[k] as Quantity;
    if (r.sentence !== q.sentence) return undefined;
    if (r.start < open && !r.inParens && r.role === "level" && r.unit === q.unit) return r;
  }
  return undefined;
}

/**
 * The counted noun a subject opens with, after its last comma and an article ("In 2026, arrivals
 * from India", "the visitors to Hue"), or null.
 */
function countedNounOpening(work: Work, from: number, to: number): UnitEntry | null {
  const { text, language } = work;
  const clause = from + text.slice(from, to).lastIndexOf(",") + 1;
  // Its first word, or its second after an article.
  const firstTwo = [...text.slice(clause, to).matchAll(/\S+/gu)].slice(0, 2);
  for (const m of firstTwo) {
    const unit = language.unitAt(text, clause + m.index);
    if (unit && unit.value.kind === "count" && !unit.value.unlisted && unit.end < to) return unit.value;
  }
  return null;
}

// The marker of an item of a list; with "IV.", of a section too.
export const LIST_MARKER = `(?:${ITEM_MARKER}|[IVXLC]+[.)])`;
// A line that leads the list below it: it ends with a colon, or it is a heading with no stop ("Điều 2. Chỉ tiêu chủ yếu năm 2027").
const LEAD = /(?::|[^.;!?…,])$/u;
const HEADING_LENGTH = 160;
// The most words a class bound may stand after its count: "38 đơn vị giải ngân trên 80%", "34 mặt
// hàng đạt kim ngạch xuất khẩu trên 1 tỷ USD".
const CLASS_WORDS = 8;
// A span of time no verb states, dropped; and what may stand between the two spans of a range ("đến dưới").
const DURATION_WITHOUT_VERB = "vi/role/duration-without-verb";
const RANGE_GAP = /^[^\d,;.:()]{1,24}$/u;
// What a class bound may be: a rate, or an amount of money or of a measure.
const CLASS_BOUND_KINDS: ReadonlySet<Quantity["kind"]> = new Set(["percent", "money", "measure"]);
// A heading of a section: numbered ("4. ", "IV. ", "b) ") or in capitals ("KẾ HOẠCH NĂM 2025").
const HEADING = new RegExp(`^[ \\t]*(?:${LIST_MARKER}[ \\t]+\\S|[^\\p{Ll}]+$)`, "u");
// Lines of prose a list's heading may stand above its first item.
const PROSE_LINES = 2;

/** What the line leading a list says of its items: a status, a period, and an earlier period they are compared with. */
interface ListLead {
  status: Quantity["status"];
  period: PeriodMention | undefined;
  baseline?: BaselineMention | undefined;
}
const NO_LEAD: ListLead = { status: null, period: undefined };

/**
 * What the line leading a list of items names: before its colon ("ước đến 30/6/2024:", "Kế hoạch
 * năm 2025:") a status; as a heading with no stop ("Điều 2. Mục tiêu, chỉ tiêu chủ yếu năm 2027",
 * over "1. Các chỉ tiêu kinh tế" and its items "a)", "b)") a status and a period. For a position on
 * one of its item lines; nothing elsewhere. Each line's answer is remembered, so a long list is
 * walked once.
 */
function listLeads(work: Work): { leadOf: (pos: number) => ListLead } {
  const { text } = work;
  const g = work.language.grammar;
  const known = new Map<number, ListLead>();
  // Where each line starts, found once: a search back from every figure would be quadratic in a long line.
  const lines = lineRanges(text);
  const lineStart = (pos: number): number => (lines[lowerBound(lines, pos + 1) - 1] as Ranged).start;
  const isItem = (start: number): boolean => LIST_ITEM.test(text.slice(start, start + 8));
  // How high in an outline an item's marker stands: "1." over "a)" over "(1)" over "-" over "+"
  // (a table's row, "|", stands alone). An item marked higher than the one below it leads it ("1.
  // Mục tiêu đến năm 2027" over "- …" items); one marked lower belongs to a sibling before it.
  const levelOf = (start: number): number => {
    const c = text.slice(start, start + 8).trimStart()[0] ?? "";
    return /\d/u.test(c) ? 3 : /\p{L}/u.test(c) ? 2 : c === "(" ? 1.5 : c === "+" ? 0 : c === "|" ? -1 : 1;
  };
  // Where a line's text ends, without the spaces after it.
  const lineEnd = (start: number): number => {
    let end = (lines[lowerBound(lines, start + 1) - 1] as Ranged).end;
    while (end > start && /\s/u.test(text[end - 1] as string)) end--;
    return end;
  };
  // A blank line may stand between a lead and its items, or between items. (Blank to its end: a
  // heading whose start was set aside as furniture opens with spaces, and is no blank line.)
  const isBlank = (start: number): boolean => lineEnd(start) === start;
  /** What a leading line says: before its colon, or as a heading with no stop; null for a line of prose. */
  const says = (line: number): ListLead | null => {
    const end = lineEnd(line);
    if (text[end - 1] === ":") {
      const leadSentence = work.sentences[sentenceAt(work, end - 1)];
      const from = Math.max(line, leadSentence?.start ?? line);
      // "So với tháng trước, có 9 nhóm hàng tăng giá:", "9 posted month-on-month increases:".
      const baseline = within(work.baselines, from, end).filter((b) => b.against === "previous").pop();
      // "Lũy kế 9 tháng ước đạt 63.512 tỷ đồng. Trong đó:": a lead that only says that parts follow
      // lists the parts of the total before it, with its estimate.
      const status = statusOutsideBaselines(work, from, end - 1) ?? (g.partsFollow.test(text.slice(from, end)) ? totalStatusBefore(from) : null);
      return { status, period: ownPeriod(line, end), baseline };
    }
    if (!LEAD.test(text.slice(line, end)) || end - line > HEADING_LENGTH) return null;
    // "Tình hình kinh tế - xã hội 9 tháng năm 2026 và định hướng năm 2027": a report's title, which
    // names the stretch reported on before the plan that follows it. Its items are of the stretch.
    const status = statusHitOutsideBaselines(work, line, end);
    const reported = status ? ownPeriods(line, status.start)[0] : undefined;
    if (reported) return { status: null, period: reported };
    return { status: status?.value ?? null, period: ownPeriods(line, end).pop() };
  };
  const ownPeriods = (start: number, end: number): PeriodMention[] => within(work.periods, start, end).filter((p) => !p.baseline && !p.ofPassage);
  /** The estimate of the total right before `pos` (the last level, past its changes and attainments), in the sentence before it. */
  const totalStatusBefore = (pos: number): Quantity["status"] => {
    const sentence = sentenceAt(work, pos);
    for (let i = lowerBound(work.quantities, pos) - 1; i >= 0; i--) {
      const q = work.quantities[i] as Quantity;
      if (q.sentence < sentence - 1) break;
      if (q.role !== "level") continue;
      return provisional(q.status) ? q.status : null;
    }
    return null;
  };
  const ownPeriod = (start: number, end: number): PeriodMention | undefined => ownPeriods(start, end).pop();
  /** The lead of the list the line at `first` is an item of: up over its sibling items, and a few lines of prose under a heading. */
  const leadAbove = (first: number): ListLead => {
    const items: number[] = [];
    let line = first;
    let found = NO_LEAD;
    let prose = 0;
    const level = levelOf(first);
    while (line > 0) {
      items.push(line);
      line = lineStart(line - 1);
      // (What is remembered of an item a level up is the lead above it, not what it leads.)
      const upper = isItem(line) && levelOf(line) > level;
      const cached = upper ? undefined : known.get(line);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      if (isBlank(line)) continue;
      // A sibling item; an item that ends with a colon, or an item a level up, leads a list of its own.
      if (isItem(line) && text[lineEnd(line) - 1] !== ":" && !upper) continue;
      const lead = says(line);
      if (!lead) {
        // "Mục tiêu tổng quát: …." between a heading and its list: prose the list passes over.
        if (++prose > PROSE_LINES) break;
        continue;
      }
      // "1. Các chỉ tiêu về kinh tế:" under "Điều 2. Chỉ tiêu chủ yếu năm 2026": an item that leads
      // a list of its own takes what it does not say from its own lead.
      const parent = isItem(line) ? leadAbove(line) : NO_LEAD;
      found = { status: lead.status ?? parent.status, period: lead.period ?? parent.period, baseline: lead.baseline ?? parent.baseline };
      break;
    }
    for (const item of items) known.set(item, found);
    return found;
  };
  /**
   * "4. Kế hoạch năm 2025" right above a paragraph of prose: its period, not its status ("II. Kết
   * quả thực hiện kế hoạch năm 2024" is no target). Each paragraph's answer is remembered: its
   * figures all ask.
   */
  const headings = new Map<number, ListLead>();
  const headingAbove = (first: number): ListLead => {
    let found = headings.get(first);
    if (found === undefined) headings.set(first, (found = findHeadingAbove(first)));
    return found;
  };
  const findHeadingAbove = (first: number): ListLead => {
    let line = first;
    do line = lineStart(line - 1);
    while (line > 0 && isBlank(line));
    if (line === first || !HEADING.test(text.slice(line, lineEnd(line)))) return NO_LEAD;
    const lead = says(line);
    return lead?.period ? { status: null, period: lead.period } : NO_LEAD;
  };
  return {
    leadOf: (pos) => {
      const first = lineStart(pos);
      if (first === 0) return NO_LEAD;
      if (!isItem(first)) return headingAbove(first);
      return known.get(first) ?? leadAbove(first);
    },
  };
}

/** A bare number takes the unit of the figure it goes with ("from 2,104 households to 1,672"). */
function takeUnit(q: Quantity, of: Quantity): void {
  q.unit = of.unit;
  q.kind = of.kind;
  q.unitText ??= of.unitText;
}

/** The bare numbers before `qs[i]` that took their unit from it, the end of their list ("6.88 and 6.21 points"). */
function listedBefore(qs: readonly Quantity[], i: number): Quantity[] {
  return qs.slice(Math.max(0, i - 24), i).filter((o) => o.listEnd === qs[i]);
}

/** Whether `next` is a percentage right after `q` that says its change again ("26,780, or 2.4%"). */
function restatedInPercent(work: Work, q: Quantity, next: Quantity | undefined): boolean {
  return next !== undefined && next.kind === "percent" && next.sentence === q.sentence && work.language.grammar.changeInPercentToo.test(listGap(work, q.end, next.start));
}

/** The words between two items of a list, without the periods and baselines named there ("against December 2024 and"). */
function listGap(work: Work, from: number, to: number): string {
  const named = [...within(work.periods, from, to), ...within(work.baselines, from, to)].sort((a, b) => a.start - b.start);
  return named.length ? blankRanges(work.text.slice(from, to), from, named) : work.text.slice(from, to);
}

/** "…, compared with", ", up from" (after the period of the growth before): what follows the last comma of a gap. */
const comparedAfterClause = (gap: string, pattern: RegExp): boolean => pattern.test(gap.slice(Math.max(0, gap.lastIndexOf(","))));

/**
 * Reads the words before each figure (status, verb, qualifier), where its clause starts, and what
 * role it plays: a level, a change, an attainment of a plan, a baseline or a target of another.
 */
export function readPredicates(work: Work): void {
  const { text, language } = work;
  const g = language.grammar;
  /** Whether `q` is the second span of a range ("từ 6 tháng đến dưới 12 tháng") whose first no verb states. */
  const secondOfUnstatedRange = (first: Quantity | undefined, q: Quantity): boolean =>
    first !== undefined && first.sentence === q.sentence && first.rules.includes(DURATION_WITHOUT_VERB) && endsWith(g.rangeFrom, text, first.numStart, 8) && RANGE_GAP.test(text.slice(first.end, q.numStart));
  const qs = work.quantities;
  const leads = listLeads(work);
  for (let i = 0; i < qs.length; i++) {
    const q = qs[i] as Quantity;
    const sentence = work.sentences[q.sentence];
    if (!sentence) continue;
    const prev = lastKept(qs, i, q.sentence);
    if (prev) {
      if (prev.kind === "percent" && prev.verb === null) prev.tailEnd = itemUntil(work, prev.tailEnd, q.numStart);
      else prev.tailEnd = describedUntil(work, prev.kind === "count" ? countClauseUntil(work, prev.tailEnd, q.numStart) : prev.tailEnd, q.numStart);
    }
    const perInSubject = prev ? perInSubjectOf(work, prev, q) : null;
    const prevEnd = perInSubject ? perInSubject.end : prev ? prev.tailEnd : sentence.start;
    let clauseStart = Math.max(sentence.start, prevEnd);
    const brk = lastClauseBreak(text, clauseStart, q.start);
    if (brk >= 0) clauseStart = brk + 1;
    q.clauseStart = clauseStart;

    const pred = language.predicateBefore(text, clauseStart, q.numStart);
    q.predicateStart = pred.start;
    q.verb = pred.verb;
    q.verbKind = pred.verbKind;
    // "plans to reduce the poverty rate by 1.5 percentage points", "reducing the overall rate by 0.3
    // percentage points": a verb of change before its object, and the figure after "by".
    const ofObject = pred.verb === null ? g.changeOfObject.exec(text.slice(clauseStart, q.numStart))?.groups : undefined;
    if (ofObject) {
      q.verb = foldKey((ofObject.away ?? ofObject.down ?? ofObject.up) as string);
      q.verbKind = ofObject.away ? "contribution" : ofObject.down ? "change-down" : "change-up";
      q.rules.push("vi/predicate/change-of-object");
    }
    if (pred.qualifier && !q.qualifier) q.qualifier = pred.qualifier;
    const statusHit = pred.status ? null : statusHitOutsideBaselines(work, clauseStart, pred.start);
    q.status = pred.status ?? statusHit?.value ?? null;
    // "Trong mức tăng chung ước tính của 9 tháng, khu vực A tăng 3,1%; khu vực B tăng 10,3%": an
    // estimate named in a lead before the subject's comma goes on over the list.
    if (provisional(q.status) && statusHit && text.slice(statusHit.end, q.predicateStart).includes(",")) q.estimateGoesOn = true;
    // "Chỉ tiêu chủ yếu năm 2025: GRDP tăng 8%; thu ngân sách 430 tỷ đồng; …": a status before the
    // colon that opens a list governs its items.
    // (Not a colon in brackets closed before the figure: "(kế hoạch năm: 95%)" labels its value.)
    const colon = q.status ? -1 : blankBrackets(text.slice(sentence.start, clauseStart)).lastIndexOf(":");
    if (colon >= 0) {
      q.status = statusOutsideBaselines(work, sentence.start, sentence.start + colon);
      if (q.status) q.rules.push("vi/status/list-lead");
    }
    // "| … | Dự toán 2025 | Ước TH 6 tháng |": a cell's column names its status.
    if (!q.status && q.cell?.column.status) {
      q.status = q.cell.column.status;
      q.rules.push("vi/status/column");
    }
    // "Theo báo cáo, ước đến 30/6/2024:" above lines that open with "-", "Điều 2. Chỉ tiêu chủ yếu
    // năm 2027" above lines that open with "a)": the items of the list, also where an item opens a
    // list of its own with no status ("c) Cơ cấu kinh tế: nông nghiệp 12,8%; …").
    const lead = leads.leadOf(q.start);
    if (!q.status && lead.status && !q.cell?.statuses) {
      q.status = lead.status;
      q.rules.push("vi/status/bullet-lead");
    }
    if (lead.period && !q.leadPeriod) q.leadPeriod = lead.period;
    if (lead.baseline) q.leadBaseline = lead.baseline;
    // "The OECD projects Vietnam's economy to grow 6.3%": a forecast, whoever makes it.
    if (!q.status && g.forecasterLead.test(text.slice(clauseStart, q.predicateStart).trimStart())) {
      q.status = "forecast";
      q.rules.push("vi/status/forecaster");
    }
    if (pred.glued) q.rules.push("vi/predicate/glued");
    // "reducing 0.2 percentage points of the overall growth": a contribution below zero.
    if (q.verbKind === "contribution" && g.negativeContribution.test(q.verb ?? "")) {
      q.value = q.value.negated();
      q.rules.push("vi/quantity/negative-contribution");
    }
    // "Tổng thu ngân sách của 8 huyện, thành phố đạt 3.412 tỷ đồng": a count after "của" inside the
    // subject of the next figure is part of that subject, no figure of its own.
    if (prev && prev.kind === "count" && q.verb !== null && endsWith(g.genitiveBefore, text, prev.numStart, 14) && g.subjectOnly.test(text.slice(prev.tailEnd, q.predicateStart))) {
      prev.role = "drop";
      prev.rules.push("vi/role/count-in-subject");
      q.clauseStart = prev.clauseStart;
    }
    if (q.kind === "rank") {
      q.rankedIn = g.rankAspect.exec(text.slice(q.end, q.end + 200))?.groups?.aspect;
      // "ranked 5th in exports and 11th in arrivals": a place listed after another is of the same holder.
      if (prev?.kind === "rank" && prev.sentence === q.sentence && q.verb === null && !/[;:]/u.test(text.slice(prev.end, q.numStart))) {
        q.clauseStart = prev.clauseStart;
        q.predicateStart = prev.predicateStart;
        q.rules.push("vi/subject/rank-listed");
      }
    }
    // "Thị trường Trung Quốc đứng thứ hai với 742.000 lượt", "China ranked 3rd with 642,000
    // arrivals": the figure a place in a ranking is won with is of what holds the place.
    if (prev?.kind === "rank" && prev.sentence === q.sentence && q.verb !== null && /^[\s,]*$/u.test(text.slice(prev.tailEnd, q.predicateStart))) {
      q.clauseStart = prev.clauseStart;
      q.predicateStart = prev.predicateStart;
      q.rules.push("vi/subject/of-rank");
    }
    // "có 35 đơn vị giải ngân trên 80%", "12 districts disbursing over 70%", "34 mặt hàng đạt kim
    // ngạch xuất khẩu trên 1 tỷ USD": a bound right after the few words of a count, in its clause,
    // names the class counted; no figure of its own. (Not past a clause of its own: "send 125,000
    // people abroad and keep the jobless rate below 3%"; not an amount that is the things' total.)
    const countWords = prev && prev.kind === "count" && CLASS_BOUND_KINDS.has(q.kind) ? text.slice(prev.end, q.numStart) : "";
    if (countWords && /^[^,;:()]*$/u.test(countWords) && countWords.trim().split(/\s+/u).length <= CLASS_WORDS && endsWith(g.classBound, text, q.numStart, 16) && !(q.kind !== "percent" && g.totalWord.test(countWords))) {
      q.role = "drop";
      q.rules.push("vi/role/class-bound");
      continue;
    }
    // …and no figure of its own; the figure's clause and subject take it in.
    if (prev && perInSubject) {
      prev.role = "drop";
      prev.rules.push("vi/role/per-in-subject");
      q.per = perInSubject.text;
      q.rules.push("vi/quantity/per-in-subject");
      q.clauseStart = prev.clauseStart;
    }
    // "giảm từ 2.104 hộ xuống còn 1.672 hộ": the level reached, from the figure before; the two
    // share one subject and predicate. A period between them is the first figure's: "giảm từ 3,4%
    // (năm 2023) xuống 2,9%", "fell from 3.4 percent in 2023 to 2.9 percent".
    // "from 2,104 households to 1,672": the second takes the unit of the first.
    const sameUnit = prev !== undefined && (prev.unit === q.unit || (!q.unit && !q.scale && prev.kind === "count"));
    const between = sameUnit ? within(work.periods, prev.tailEnd, q.numStart) : [];
    const fromTo = sameUnit ? g.fromTo.exec(blankRanges(text.slice(prev.tailEnd, q.numStart), prev.tailEnd, between).replace(/[()]/gu, " ")) : null;
    if (prev && fromTo && endsWith(g.rangeFrom, text, prev.numStart, 8)) {
      const fromPeriod = between[0];
      if (fromPeriod) {
        fromPeriod.baseline = true;
        q.fromPeriod = fromPeriod;
      }
      prev.role = "drop";
      prev.rules.push("vi/role/from-value");
      q.from = prev.value;
      // "lên", "xuống"; else the verb before "from" ("rose from … to …"); else the two values.
      const up = fromTo.groups?.up ? true : fromTo.groups?.down ? false : prev.verbKind === "change-up" ? true : prev.verbKind === "change-down" ? false : q.value.gt(prev.value);
      q.direction = up ? "increase" : "decrease";
      q.clauseStart = prev.clauseStart;
      q.predicateStart = prev.predicateStart;
      q.verb = null;
      q.verbKind = null;
      q.status ??= prev.status;
      q.rules.push("vi/comparison/from-to");
      if (!q.unit) takeUnit(q, prev);
    }
    q.inParens = /\([^()]{0,40}$/u.test(text.slice(sentence.start, q.numStart));
    // "exports reached US$12.4 billion, up 17.3% from US$10.57 billion", "rose to 11.8 million, 3.2
    // times the 3.7 million": the level whose change stands right before this figure, which may be
    // the value the level changed from.
    const changed = prev?.role === "change" && (prev.kind === "percent" || prev.kind === "times") ? levelBeforeChange(work, qs, i - 1) : undefined;
    // "The VN-Index closed at 1,486.32 points, up 17.3% from 1,266.78 points, a gain of 219.54
    // points", "| VN-Index | điểm | 1.486,32 |": the points of a market index, the value it changed
    // from and the points it changed by, are its value.
    const points = q.unit === "score" || (q.unit === "pp" && q.unitText !== null && g.pointsOnAScale.test(q.unitText));
    const changeOfIndex = prev?.sentence === q.sentence && prev.unit === "index" && (q.verbKind === "change-up" || q.verbKind === "change-down");
    if (points && (changeOfIndex || changed?.unit === "index" || g.marketIndex.test(q.cell ? `${q.cell.row} ${q.cell.column.name}` : text.slice(q.clauseStart, q.predicateStart)))) {
      q.unit = "index";
      q.kind = "score";
      q.rules.push("vi/quantity/market-index");
    }
    // "74.7 years in 2023, up from 74.5 years in 2022", "đạt 2,9%, giảm so với mức 3,4% năm 2023":
    // the value of the level before in another period (whose period may stand between them); a scaled
    // bare number after a scaled level ("22 million visitors, up from 19.5 million in 2026") or a
    // bare number there is in the level's unit ("11.4 doctors per 10,000 people, up from 9.8 in
    // 2020"). A growth's ("growth is expected at 3.5 percent, compared with 3.36 percent in 2022")
    // is a growth of its own.
    const inUnitOf = (level: Quantity): boolean => level.unit === q.unit || (!q.unit && (!q.scale || level.scale !== null));
    const valueLead = prev && prev.role === "level" && prev.unit && inUnitOf(prev) && !(prev.kind === "percent" && g.growthNoun.test(text.slice(prev.clauseStart, prev.predicateStart)))
      ? g.baselineValueLead.exec(blankRanges(text.slice(prev.tailEnd, q.start), prev.tailEnd, within(work.periods, prev.tailEnd, q.start)))
      : prev && changed && inUnitOf(changed)
        ? g.valueAfterChange.exec(text.slice(prev.tailEnd, q.start))
        : null;
    // "9 vụ cháy, thiệt hại 21,5 ha (năm 2025: 14 vụ, 38,2 ha)": after one label, the values of
    // several levels before it, each of the level of its unit.
    const labelledFor = valueLead || !q.inParens || !q.unit ? undefined : levelOfLabelledValue(work, qs, i, prev);
    if (labelledFor) q.labelledFor = labelledFor;
    // "thặng dư 2,1 tỷ USD (cùng kỳ năm trước thâm hụt 0,6 tỷ USD)": a deficit is no value of a surplus.
    const state = valueLead?.groups?.state;
    const valueOf = prev && state && !foldKey(text.slice(prev.clauseStart, prev.numStart)).includes(foldKey(state)) ? null : valueLead;
    const afterChange = Boolean(valueOf) && prev?.role === "change";
    if (afterChange) q.rules.push(VALUE_AFTER_CHANGE);
    if (prev && valueOf && !q.unit) takeUnit(q, afterChange && changed ? changed : prev);
    // "trong 5 ngày nghỉ lễ", "sau 3 năm", "có 30 năm công tác": a span of time that no verb states
    // as a figure describes something else. One that a noun of time names, with words between, is
    // stated ("kỳ hạn bình quân 10,5 năm"); not a product's term ("lãi suất kỳ hạn 12 tháng").
    // (Asked of spans of time only: the test of the subject is a regex over the clause.)
    if (q.kind === "duration") {
      const timeNamed = g.durationSubject.test(text.slice(clauseStart, q.predicateStart));
      // "was 1.4 and 2.1 days, respectively": the last of a list whose first a verb stated.
      const listedAfterStated = prev?.listEnd === q && prev.role !== "drop";
      // (A table states its cells: "| Life expectancy (years) | 73.7 |".)
      const statedSpan = (q.verb !== null && !g.havingVerb.test(q.verb)) || q.from !== undefined || valueOf !== null || timeNamed || listedAfterStated || q.cell !== undefined;
      // "kỳ hạn từ 6 tháng đến dưới 12 tháng": the second span of a range goes the way of the first.
      if (!statedSpan || secondOfUnstatedRange(qs[i - 1], q) || (endsWith(g.describingBefore, text, q.numStart, 12) && !endsWith(g.rangeFrom, text, q.numStart, 8))) {
        q.role = "drop";
        q.rules.push(DURATION_WITHOUT_VERB);
        continue;
      }
    }

    // (Past what a rate is per: "VND 2,000 per kg higher than a year earlier".)
    const afterFrom = q.per ? q.perEnd : q.end;
    const after = text.slice(afterFrom, afterFrom + 40);
    // "reached 72.35 points", "with 70.6 points": points a verb states as a level, not as a change
    // ("gained 12.5 points"), are a score on a scale, as are the bare numbers of its list ("6.88
    // and 6.21 points") and the points a score changed by ("7.12 points, up 0.13 points").
    if (q.unit === "pp" && q.unitText !== null && g.pointsOnAScale.test(q.unitText)) {
      const level = !q.verbKind || q.verbKind === "level" || q.verbKind === "reach-up" || q.verbKind === "reach-down";
      if (level || (prev?.unit === "score" && prev.sentence === q.sentence)) {
        for (const o of [q, ...listedBefore(qs, i)]) {
          o.unit = "score";
          o.kind = "score";
          o.rules.push("vi/quantity/points-on-a-scale");
        }
      }
    }

    // A number with no unit is a figure only as a change next to others ("tăng 0,18 ...") or a ratio.
    if (!q.unit) {
      if (q.verbKind === "ratio") {
        q.unit = "times";
        q.kind = "times";
      } else if ((q.verbKind === "change-up" || q.verbKind === "change-down") && q.rules.includes("vi/quantity/half")) {
        // "giảm một nửa": by half, a change of 50% (the number as written stays 0.5).
        q.value = new D(50);
        q.unit = "%";
        q.kind = "percent";
      } else if ((q.verbKind === "change-up" || q.verbKind === "change-down") && q.value.isInteger() && g.countSubject.test(text.slice(q.clauseStart, q.predicateStart))) {
        // "its number of new projects rose by 43", "số dự án tăng 43": a whole number by which a
        // count changed is a count too, not a percentage like the change beside it.
        q.unit = "count";
        q.kind = "count";
        q.rules.push("vi/quantity/count-subject");
      } else if ((q.verbKind === "change-up" || q.verbKind === "change-down") && !q.scale && prev?.sentence === q.sentence && prev.role === "level" && prev.unit && isAmount(prev) && restatedInPercent(work, q, qs[i + 1])) {
        // "1,142,560 candidates registered, an increase of 26,780, or 2.4%": a bare change the
        // percentage after it restates is in the unit of the level before, not a percentage.
        takeUnit(q, prev);
        q.rules.push("vi/quantity/unit-of-level-changed");
      } else if (q.verbKind === "change-up" || q.verbKind === "change-down") {
        const sibling = sameSentence(qs, i).find((o) => o !== q && o.kind === "percent");
        if (sibling && !q.scale && !matchAt(g.durationAfter, text, q.end)) {
          q.unit = "%";
          q.kind = "percent";
          q.rules.push("vi/quantity/unit-from-sibling");
        }
      }
      if (!q.unit && q.scale) {
        // "(đạt 584 tỷ)": a scale alone takes the unit of the nearest figure before it with a scale.
        const near = sameSentence(qs, i).filter((o) => o.start < q.start).reverse().find((o) => o.scale && o.unit);
        if (near) {
          q.unit = near.unit;
          q.kind = near.kind;
          q.rules.push("vi/quantity/unit-from-context");
        }
      }
      if (!q.unit && q.value.isInteger() && prev?.sentence === q.sentence && prev.kind === "count" && matchAt(g.partOfThem, text, q.end)) {
        // "1,876 perfect scores were awarded, 513 of them in mathematics": a part of the count before.
        takeUnit(q, prev);
        q.rules.push("vi/quantity/part-of-previous");
      }
      if (!q.unit) {
        // "lần lượt là 9.140, 2.265 và 4.870 người": the numbers of a list take the unit of its last.
        const last = listEnd(work, qs, i);
        if (last) {
          q.unit = last.unit;
          q.kind = last.kind;
          q.unitText = last.unitText;
          q.listEnd = last;
          q.rules.push("vi/quantity/unit-from-list");
        }
      }
      if (!q.unit && prev?.sentence === q.sentence && prev.role === "level" && prev.unit && (q.scale ? prev.scale : !prev.scale) && g.gappedName.test(text.slice(prev.tailEnd, q.numStart))) {
        // "Thanh Hoa recorded 15 deaths, Nghe An 9 and Lao Cai 6": the verb and the noun of the
        // first figure go without saying after the names of the others.
        takeUnit(q, prev);
        q.rules.push("vi/quantity/unit-of-gapped-figure");
      }
      // "là", "đạt", "reached", "lên": a verb that states a level, or none.
      const statesLevel = !q.verbKind || q.verbKind === "level" || q.verbKind === "attainment" || q.verbKind === "reach-up" || q.verbKind === "reach-down";
      // "Foreign arrivals reached 1.2 million", "international arrivals were about 782,000": the
      // counted noun is the last word of the subject (of a whole number a verb states, when unscaled
      // and no word follows it: "trường đạt 3 cấp" counts levels), or its first: "Guests staying
      // overnight at hotels were estimated at 1.46 million".
      if (!q.unit && (q.scale || (q.verb !== null && statesLevel && q.value.isInteger() && /^\s*(?:[,;.:)]|$)/u.test(after)))) {
        const counted = countedNounEnding(work, q.clauseStart, q.predicateStart) ?? countedNounOpening(work, q.clauseStart, q.predicateStart);
        if (counted) {
          q.unit = counted.unit;
          q.kind = "count";
          q.rules.push("vi/quantity/unit-from-subject");
        }
      }
      if (!q.unit && !q.scale && prev?.sentence === q.sentence && (prev.kind === "percent" || prev.kind === "times") && g.levelAfterChange.test(text.slice(prev.tailEnd, q.numStart))) {
        // "Arrivals from India rose 12% to 780,000", "the number of visitors rose 12% to 780,000":
        // the level a change reaches counts what the change's subject counts.
        const subject = text.slice(prev.clauseStart, prev.predicateStart);
        const counted = countedNounOpening(work, prev.clauseStart, prev.predicateStart) ?? (g.countSubject.test(subject) ? { unit: "count" } : null);
        if (counted) {
          q.unit = counted.unit;
          q.kind = "count";
          q.rules.push("vi/quantity/unit-from-subject");
        }
      }
      if (!q.unit && (statesLevel || endsWith(g.rangeFrom, text, q.numStart, 8))) {
        // "Số lượt tàu ra vào cảng là 110.000", "the number of arrivals was 110,000", "the number
        // of poor households fell from 2,104 to 1,672": a subject that counts things makes the
        // number a count of them.
        if (g.countSubject.test(text.slice(q.clauseStart, q.predicateStart))) {
          q.unit = "count";
          q.kind = "count";
          q.rules.push("vi/quantity/count-subject");
        }
      }
      // (A whole number unscaled counts when a verb states it and nothing follows it: not "population
      // aged 15 and over", nor "Vụ Thống kê Dân số, điện thoại … (máy lẻ 8123)".)
      const wholeAlone = (): boolean => q.scale !== null || (q.verb !== null && q.value.isInteger() && /^\s*(?:[,;.:)]|$)/u.test(after));
      const ofPeople = (): boolean => wholeAlone() && g.peopleSubject.test(q.cell ? q.cell.column.name : text.slice(q.clauseStart, q.predicateStart));
      if (!q.unit && statesLevel && ((q.verb !== null && g.countingVerb.test(q.verb) && (q.scale || q.value.isInteger())) || ofPeople())) {
        // "the urban population was 38.93 million", "dân số thành thị đạt 410 nghìn", a column
        // "Population (thousand)": people counted in thousands or millions; "women numbered 1.22
        // million": a verb that counts.
        q.unit = "count";
        q.kind = "count";
        q.rules.push("vi/quantity/count-of-people");
      }
      if (!q.unit && !q.scale && statesLevel && g.indexSubject.test(text.slice(q.clauseStart, q.predicateStart)) && (!q.value.isInteger() || /^\s*(?:[,.;:)]|$)/u.test(after))) {
        // "CPI tháng 10 đạt 119,84": the value of an index, a level on its own scale as a score is
        // (not a whole number before a word: "chỉ số giữ 2 hạng").
        q.unit = "index";
        q.kind = "score";
        q.rules.push("vi/quantity/index-subject");
      }
      // "54.1 million people, 530,000 more than a year earlier": a bare number and a comparative
      // after a level is by how much the level changed, in its unit.
      const compared = !q.unit && prev?.sentence === q.sentence && prev.role === "level" && prev.unit && prev.kind !== "percent" ? g.changeAfter.exec(text.slice(q.end, q.end + 40)) : null;
      if (prev && (compared?.groups?.up ?? compared?.groups?.down) !== undefined) {
        takeUnit(q, prev);
        q.rules.push("vi/quantity/unit-of-compared");
      }
      if (!q.unit) {
        if (q.scale) warn(work, "unknown-unit", `"${text.slice(q.start, q.end)}" has a scale but no unit, and none can be taken from the figures around it: not extracted`, q.start, q.end);
        q.role = "drop";
        continue;
      }
    }

    const verbKind = q.verbKind;
    const beforeFigure = text.slice(clauseStart, q.numStart);
    // "(kế hoạch: 2.845 triệu kWh)", "(target: 95%)": a label before its colon in brackets names the
    // figure after it, though the colon opens its clause.
    const label = q.inParens ? text.slice(text.lastIndexOf("(", q.numStart) + 1, q.numStart) : "";
    const planWords = /:\s*$/u.test(label) ? label : beforeFigure;
    // "…, 41.1 percent higher than the same period of 2023", "4.78 points, 0.35 points lower than
    // last year": a change named after the figure.
    const scoreChange = q.kind === "score" && prev?.kind === "score" && prev.sentence === q.sentence;
    // ("The figure was VND 104.3 trillion higher than in 2024": an amount too.)
    const amount = q.kind === "money" || q.kind === "measure" || q.kind === "count";
    const comparative = (q.kind === "percent" || q.kind === "points" || scoreChange || amount || q.rules.includes("vi/quantity/unit-of-compared")) && (!verbKind || verbKind === "level") ? g.changeAfter.exec(after) : null;
    const average = averageBefore(work, q, prev);
    const bareAttainment = q.kind === "percent" && g.bareAttainmentVerb.test(q.verb ?? "") && prev?.sentence === q.sentence && prev.role === "level" && prev.kind !== "percent" && /^\s*,\s*$/u.test(text.slice(prev.tailEnd, q.predicateStart)) && /^\s*(?:[,;.]|$)/u.test(after);
    const namedPlan = bareAttainment ? planNamedBefore(work, q) : undefined;
    const gapped = !verbKind && (q.kind === "percent" || q.kind === "points") && prev ? gappedChange(work, qs, prev, q, after) : undefined;
    // "rose from 3.4 to …", "up from 6.93 percent": a figure right after a verb of change and "from"
    // is where a change started, not its size.
    const startsFrom = (verbKind === "change-up" || verbKind === "change-down") && q.valueMax === undefined && endsWith(g.rangeFrom, text, q.numStart, 8);
    if (prev && prev.unit === q.unit && /^\s*\/\s*$/u.test(text.slice(prev.end, q.numStart))) {
      // "120 tỷ đồng/300 tỷ đồng kế hoạch vốn", "(37,1 ha/40,07 ha)": the whole the figure before the
      // slash is a part of; a plan's value when a plan is named after it, else no figure of its own.
      const plan = g.planAfter.exec(after);
      q.role = plan ? "plan-value" : "drop";
      // The plan's words and what it is a plan of ("kế hoạch vốn") are its own.
      if (plan) q.tailEnd = Math.max(q.tailEnd, nounPhraseAfter(text, q.end + plan[0].length, g.nounPhraseStop).end);
      q.rules.push("vi/role/whole-after-slash");
    } else if (q.cell?.column.baseline && !q.cell.column.change && q.kind === "percent") {
      // "| Thu tiền sử dụng đất | 2.500 | 1.024 | 41,0 |" under "So dự toán (%)": an attainment of
      // the row's amount before it.
      q.role = "attainment";
      q.rules.push("vi/role/attainment-column");
    } else if (q.cell?.column.change && (q.kind === "percent" || q.kind === "points")) {
      // "| Pepper | 201,000 | 1,290 | +26.4 |" under "Value change (%)", "+0.7 pp" under "Change": a
      // change of the row's amount, by its sign.
      q.role = "change";
      q.direction = q.value.isNegative() ? "decrease" : "increase";
      q.value = q.value.abs();
      q.rules.push("vi/role/change-column");
    } else if (q.kind === "percent" && q.inParens && prev && prev.sentence === q.sentence && prev.kind !== "percent" && q.rules.includes("vi/quantity/signed") && /^[^\d,;:.()]{0,40}\(\s*$/u.test(text.slice(prev.end, q.start))) {
      // "2,15 triệu tấn (-3,2%)", "82,5 triệu lít (+3,4% so với cùng kỳ)", "1.84 million tonnes of
      // steel (-2.7%)": a signed percentage in brackets right after an amount (and the noun it
      // counts) is its change, by its sign.
      q.role = "change";
      q.direction = q.value.isNegative() ? "decrease" : "increase";
      q.value = q.value.abs();
      q.rules.push("vi/role/signed-change-in-brackets");
    } else if (average) {
      // "cao hơn mức bình quân cả nước (18,2%)": in brackets right after an average, its value.
      q.role = "baseline-value";
      q.fromBaseline = average;
      q.rules.push("vi/role/value-of-average");
    } else if (labelledFor) {
      q.role = "baseline-value";
      q.rules.push("vi/role/baseline-value-of-its-unit");
      labelledBy(work, q, text.lastIndexOf("(", q.numStart));
    } else if (valueOf) {
      q.role = "baseline-value";
      if (valueOf.groups?.up || valueOf.groups?.down) q.direction = valueOf.groups.up ? "increase" : "decrease";
      // "(năm 2025: 1.080 tỷ đồng)": a period labels it; that it is an earlier one is checked once periods are known.
      // (A value read so always follows a level: `prev`.)
      if (prev && (valueOf.groups?.periodLabel || valueOf.groups?.periodLead)) labelledBy(work, q, prev.tailEnd);
      const own = firstFrom(work.periods, q.perEnd);
      const ownBaseline = firstFrom(work.baselines, q.perEnd);
      if (own && own.start < sentence.end && rightAfter(work, q.perEnd, own.start)) {
        own.baseline = true;
        q.fromPeriod = own;
      } else if (ownBaseline && ownBaseline.against === "previous" && ownBaseline.start < sentence.end && rightAfter(work, q.perEnd, ownBaseline.start)) {
        q.fromBaseline = ownBaseline;
      }
      q.rules.push("vi/role/baseline-value-after");
    } else if (q.kind === "times" || verbKind === "ratio") {
      q.role = "change";
      q.direction = g.decreaseWord.test(q.verb ?? "") ? "decrease" : "increase";
      q.rules.push("vi/role/ratio");
    } else if (verbKind === "reach-up" || verbKind === "reach-down") {
      // "tăng lên 85%": the figure is the level reached; the change has a direction only.
      q.role = "level";
      q.direction = verbKind === "reach-up" ? "increase" : "decrease";
      q.rules.push("vi/role/reach");
    } else if ((verbKind === "change-up" || verbKind === "change-down") && !startsFrom) {
      q.role = "change";
      q.direction = verbKind === "change-up" ? "increase" : "decrease";
      q.rules.push("vi/role/change");
      if (g.changeLevelVerb.test(q.verb ?? "") && g.baselineDescription.test(text.slice(clauseStart, q.predicateStart + (q.verb?.length ?? 0)))) {
        q.role = "drop";
        q.rules.push("vi/role/baseline-description");
      }
    } else if (comparative) {
      q.role = "change";
      q.direction = comparative.groups?.down || comparative.groups?.down2 ? "decrease" : "increase";
      // "a 9.4% increase over 2023": the noun of change is the figure's, and the baseline after it too.
      if (comparative.groups?.up2 || comparative.groups?.down2) q.tailEnd = Math.max(q.tailEnd, q.end + comparative[0].length);
      q.rules.push("vi/role/change-after");
      // "12.4 and 9.8 percent higher, respectively": the bare numbers of its list change the same way.
      for (const o of listedBefore(qs, i)) {
        if (o.role !== "level") continue;
        o.role = "change";
        o.direction = q.direction;
        o.rules.push("vi/role/change-after");
      }
    } else if (g.exceedBefore.test(beforeFigure) && (g.planAfter.test(after) || g.planBeforeBy.test(beforeFigure))) {
      q.role = "change";
      q.direction = "increase";
      // "vượt" read as "over" is the verb, no qualifier; "vượt … khoảng 420 tỷ đồng" is about.
      if (q.qualifier === "over") q.qualifier = null;
      // No plan after it: "exceeding the yearly plan by 18 percent", "vượt dự toán 250 tỷ đồng" (an
      // amount by which, of the level before) name it before. The plan's word
      // is no status of the figure, and the words from the verb on are its predicate.
      if (!g.planAfter.test(after)) {
        const plan = within(work.baselines, clauseStart, q.numStart).filter((b) => b.against === "plan").pop();
        if (plan) q.planBefore = plan;
        q.status = null;
        q.predicateStart = clauseStart + (g.exceedBefore.exec(beforeFigure)?.index ?? beforeFigure.length);
      }
      q.rules.push("vi/role/exceed-plan");
    } else if ((verbKind === "attainment" || (!q.verb && prev?.role === "attainment") || ((!q.verb || verbKind === "level") && g.ofPlanAfter.test(after))) && q.kind === "percent" && (g.planAfter.test(after) || comparedRightAfter(work, q) || (prev?.role === "plan-value" && prev.rules.includes("vi/role/whole-after-slash")))) {
      // "đạt 91% chỉ tiêu … và 95% kế hoạch …": a list of attainments goes on without its verb.
      q.role = "attainment";
      q.rules.push("vi/role/attainment");
    } else if (verbKind === "attainment" && g.shareVerb.test(q.verb ?? "") && q.kind === "percent") {
      q.role = "share";
      q.rules.push("vi/role/share-of-other");
    } else if (prev && prev.sentence === q.sentence && g.targetWords.test(planWords.replace(/[()]/gu, " ")) && !hasOwnWords(planWords, g.targetFillers) && !within(work.periods, clauseStart, q.numStart).some((p) => p.year !== null)) {
      // (A target for a year of its own, "…; mục tiêu năm 2025 là 95%", is a record of its own.)
      q.role = "plan-value";
      q.rules.push("vi/role/plan-value");
    } else if (g.anaphor.test(beforeFigure) && prev && prev.sentence === q.sentence) {
      q.role = "baseline-value";
      q.rules.push("vi/role/anaphoric-baseline");
    } else if ((!q.verbKind || q.verbKind === "level" || startsFrom) && q.kind === "percent" && prev?.sentence === q.sentence && prev.role === "change" && prev.kind === "percent" && comparedAfterClause(text.slice(prev.tailEnd, q.numStart), g.comparedRate)) {
      // "GDP rose 6.82 percent, compared with 4.24 percent in the same period of 2023": how much
      // another period grew, a growth of its own.
      q.role = "change";
      q.direction = q.value.isNegative() ? "decrease" : "increase";
      q.comparedWith = prev;
      q.rules.push("vi/role/rate-compared");
    } else if (!q.verb && prev?.role === "change" && prev.sentence === q.sentence && q.kind === "percent" && isAmount(prev) && g.changeInPercentToo.test(listGap(work, prev.tailEnd, q.start))) {
      // "giảm 54 vụ, 10%", "up 25 enterprises, or 8.5 percent": the same change again, in percent.
      q.role = "change";
      if (prev.direction) q.direction = prev.direction;
      q.rules.push("vi/role/change-in-percent-too");
    } else if (!q.verb && prev && (prev.role === "change" || prev.role === "share") && q.kind === prev.kind && prev.inParens === q.inParens && /^[^\d.:]{0,60}$/u.test(listGap(work, prev.tailEnd, q.start)) && (/[,;]/u.test(text.slice(prev.tailEnd, q.start)) || g.listJoin.test(text.slice(prev.tailEnd, q.start))) && !newItemAfter(qs, i, prev, q, text)) {
      // "bán lẻ tăng 7,82%, vận tải kho bãi 9,05%": a list goes on with the role of its first item;
      // not out of the parentheses of a change, nor past a colon that opens a list of parts
      // ("712 cơ sở (giảm 9 cơ sở), gồm: 247 trường …").
      q.role = prev.role;
      if (prev.direction) q.direction = prev.direction;
      q.rules.push("vi/role/list-continues");
    } else if (namedPlan) {
      // "giải ngân 3.856 tỷ đồng, đạt 71,3%;" after "… đạt 68,4% kế hoạch vốn năm": a bare
      // percentage right after an amount, in a passage that measures against a plan, is the
      // amount's attainment of that plan. (With no plan named, it stays a figure of its own.)
      q.role = "attainment";
      q.planNamed = namedPlan;
      q.rules.push("vi/role/attainment-of-plan-named");
    } else if (gapped) {
      q.role = "change";
      q.direction = gapped.direction;
      q.rules.push("vi/role/gapped-change");
    } else {
      q.role = "level";
    }
    // A share's denominator belongs to it: "bằng 2,74% GDP", "chiếm 70% tổng dân số", "equal to 65.9%
    // of GDP and 3.4 percentage points higher" (where the change after it is the share's); so does
    // the whole a percentage is "of": "estimated at 36.2% of GDP, 2.6 percentage points higher".
    if (q.role === "share" || g.partVerb.test(q.verb ?? "")) q.tailEnd = Math.max(q.tailEnd, wholeAfter(work, q.end, true));
    else if (q.role === "level" && q.kind === "percent") q.tailEnd = Math.max(q.tailEnd, wholeAfter(work, q.end, false));
    // "tăng trưởng kinh tế đạt 8,1% so với cùng kỳ": a percentage whose subject is a growth is a change.
    if ((q.role === "level" || q.role === "attainment") && (q.kind === "percent" || q.kind === "points") && (q.verb === null || g.growthCopula.test(q.verb))) {
      const own = text.slice(clauseStart, q.predicateStart).split(",").pop() ?? "";
      const lead = q.verb === null && q.clauseStart === sentence.start ? g.changeListLead.exec(text.slice(sentence.start, q.predicateStart)) : null;
      if (g.growthNoun.test(own) || g.declineNoun.test(own)) {
        q.role = "change";
        q.direction = g.growthNoun.test(own) !== q.value.isNegative() ? "increase" : "decrease";
        q.rules.push("vi/role/growth-subject");
      } else if (lead) {
        // "Declines were seen in most localities, including Khanh Hoa (24.2 percent)": the list's changes go the lead's way.
        q.role = "change";
        q.direction = Boolean(lead.groups?.up) !== q.value.isNegative() ? "increase" : "decrease";
        q.rules.push("vi/role/change-list-lead");
      }
    }

    // "có kim ngạch tăng trên 1 tỷ USD", "tăng từ 1 tỷ USD trở lên": a threshold describing a count.
    const gap = prev ? text.slice(prev.end, q.start) : "";
    if (q.role === "change" && q.kind !== "percent" && q.kind !== prev?.kind && prev?.kind === "count" && !/[;,.:]/u.test(gap) && g.relativeClause.test(gap)) {
      q.role = "drop";
      q.rules.push("vi/role/threshold");
    }
    // ("tỷ lệ hộ dùng nước sạch đạt từ 98% trở lên": a level stated as a floor is a figure.)
    if (g.rangeFrom.test(beforeFigure) && q.qualifier === "at least" && q.verbKind !== "level" && q.verbKind !== "attainment") {
      q.role = "drop";
      q.rules.push("vi/role/threshold");
    }
  }
}

// Nothing but spaces (between the words after a figure and the period that closes them).
const ONLY_SPACE = /^\s*$/u;

/**
 * "giải ngân 8.450 tỷ đồng vốn đầu tư công, tăng 12%", "đón 412.000 lượt khách tham quan, lưu
 * trú, tăng 18%": the noun phrase right after a figure, and the short nouns listed after it up to
 * a comma, name what the figure is of; they are no subject of what follows.
 */
const ASIDE = /^\s*\([^()\d]{1,70}\)/u;

function describedUntil(work: Work, from: number, limit: number): number {
  const { text } = work;
  const stop = work.language.grammar.describedStop;
  let end = from;
  // The first phrase may be long, when no comma comes before it; listed items are short.
  let words = text[from] === " " ? 8 : 3;
  while (/^(?: [\p{L}\p{M}]|, \p{Ll})/u.test(text.slice(end, end + 3)) && (words === 8 || text[end] === ",")) {
    // The words are read with the periods among them blanked: "VND9.5 trillion in budget revenue
    // in the first half of 2027, equal to …" (a period's figures and words are no stop).
    const from = text[end] === "," ? end + 1 : end;
    const periods = within(work.periods, from, from + 80);
    const np = periods.length ? nounPhraseAfter(blankRanges(text.slice(from, from + 80), from, periods), 0, stop) : nounPhraseAfter(text, from, stop);
    if (periods.length) np.end += from;
    const n = np.text ? np.text.split(/\s+/u).length : 0;
    // "640 tỷ đồng vốn đầu tư (kể cả vốn tăng thêm), tăng 9%": a note in brackets, with no figure, closes the phrase.
    const note = n ? ASIDE.exec(text.slice(np.end, np.end + 80)) : null;
    if (note) np.end += note[0].length;
    // …and the period that closes the words goes with them, up to the comma (after a note too: "$4.87
    // billion in foreign direct investment (FDI) in the first 11 months of 2025, an increase of …").
    const closing = periods.find((p) => p.start >= np.end && (note ? work.language.grammar.periodAfterGap : ONLY_SPACE).test(text.slice(np.end, p.start)));
    if (closing) np.end = closing.end;
    if (!n || n > words || np.end >= limit || text[np.end] !== ",") break;
    // "bằng 58,8% kế hoạch,": a baseline or a period has a role of its own, unless the period closes
    // the figure's own words ("doanh nghiệp thành lập mới trong tháng,").
    if (within(work.baselines, end, np.end).length || within(work.periods, end, np.end).some((p) => p.end < np.end)) break;
    end = np.end;
    words = 3;
  }
  return end;
}

/**
 * Where the whole named after a percentage ends: its noun phrase (`bare`, for a share: "chiếm 70%
 * tổng dân số"), or one after "of"/"là" that names no period or baseline ("65.9% of GDP", not
 * "23% in the first half").
 */
function wholeAfter(work: Work, from: number, bare: boolean): number {
  const { text } = work;
  const g = work.language.grammar;
  const whole = bare ? nounPhraseAfter(text, from, g.nounPhraseStop) : { text: "", end: from };
  const link = whole.text ? null : g.isAfter.exec(text.slice(from, from + 12));
  if (!link) return whole.end;
  const named = nounPhraseAfter(text, from + link[0].length, g.nounPhraseStop);
  return named.text && !hasMention(work, from, named.end) ? named.end : whole.end;
}

/**
 * "55% được đốt phát điện, 30% chôn lấp": a percentage with no verb before it, in a list, is named
 * by the words after it, up to the comma: they belong to it, not to the next figure.
 */
function itemUntil(work: Work, from: number, limit: number): number {
  const item = itemAfter(work.text, from, limit);
  if (!item.text || item.end >= limit || hasMention(work, from, item.end)) return from;
  return item.end;
}

/**
 * The last status word in [from, to) that is no part of a plan met, exceeded or measured against
 * ("đạt và vượt kế hoạch", "bằng 96% dự toán phấn đấu" name a plan, no target; "Mục tiêu năm 2025
 * là …" is one).
 */
function statusOutsideBaselines(work: Work, from: number, to: number): Quantity["status"] {
  return statusHitOutsideBaselines(work, from, to)?.value ?? null;
}

function statusHitOutsideBaselines(work: Work, from: number, to: number): Hit<NonNullable<Quantity["status"]>> | null {
  for (let end = to; end > from; ) {
    const hit = work.language.statusIn(work.text, from, end);
    if (!hit) return null;
    // Baselines are short: one holding the hit starts at most 80 characters before it and ends at most 80 after.
    const holding = within(work.baselines, hit.start - 80, hit.end + 80).filter((b) => b.start <= hit.start && b.end >= hit.end);
    const g = work.language.grammar;
    // The plan a percentage right before it is measured against ("đạt 47% kế hoạch", "88,4% dự
    // toán phấn đấu"), or a word past the head of a plan named after a comparator ("so với mục tiêu …").
    const measured = (b: BaselineMention): boolean => /\d\s*%\s*$/u.test(work.text.slice(Math.max(0, b.start - 12), b.start));
    const insideName = (b: BaselineMention): boolean => b.comparator && work.text.slice(b.start, hit.start).replace(g.comparatorWord, "").trim() !== "";
    if (!holding.some((b) => measured(b) || insideName(b) || endsWith(g.barePlan, work.text, b.start, 14))) return hit;
    end = hit.start;
  }
  return null;
}

// The words of a clause after a counted noun, up to a comma, a semicolon, a full stop or "và".
const COUNT_CLAUSE = /^ ([^,;.:()]{2,80}?)(?=[,;.]| và |$)/u;

/**
 * "3 sản phẩm đạt 5 sao, 11 sản phẩm đạt 4 sao": the clause right after a counted noun says which
 * of them are counted; it belongs to that count, not to the next figure's subject. Not a change or
 * a comparison ("300 doanh nghiệp tăng 5%"), and never across a period or baseline.
 */
export function countClauseUntil(work: Work, from: number, limit: number): number {
  const m = COUNT_CLAUSE.exec(work.text.slice(from, limit));
  // ("45 doanh nghiệp trở lên": a qualifier after the count, no clause of it.)
  if (!m || work.language.trailingQualifierAt(work.text, from)) return from;
  const end = from + m[0].length;
  const words = (m[1] as string).trim();
  // "160 hồ sơ với số tiền gần 1,5 nghìn tỷ đồng": a clause that runs into the next figure with a
  // unit is no clause of the count ("2 sản phẩm đạt 4 sao" is one).
  const next = firstFrom(work.quantities, from);
  // (At most 14 words: Vietnamese writes a syllable a word, "tàu chở hàng vượt tải trọng bị lực lượng chức năng xử phạt" is 12.)
  if (end >= limit || words.split(/\s+/u).length > 14 || work.language.grammar.changeLead.test(words) || hasMention(work, from, end) || (next !== undefined && next.numStart < end && next.unit !== null && next.role !== "drop")) return from;
  return end;
}

/**
 * The average ("bình quân cả nước", "the national average") that a figure in brackets right after
 * it is the value of, when a level in the figure's unit stands before it in the sentence.
 */
function averageBefore(work: Work, q: Quantity, prev: Quantity | undefined): BaselineMention | undefined {
  if (!q.inParens || !prev || prev.sentence !== q.sentence) return undefined;
  const b = within(work.baselines, prev.tailEnd, q.numStart).pop();
  if (b?.against !== "other" || !/^\s*\(\s*$/u.test(work.text.slice(b.end, q.numStart))) return undefined;
  for (let i = lowerBound(work.quantities, q.start) - 1; i >= 0; i--) {
    const o = work.quantities[i] as Quantity;
    if (o.sentence !== q.sentence) break;
    if (o.role === "level") return o.unit === q.unit ? b : undefined;
  }
  return undefined;
}

/** The last plan named in a figure's sentence before it, or in the sentence before ("… đạt 68,4% kế hoạch vốn năm."). */
function planNamedBefore(work: Work, q: Quantity): BaselineMention | undefined {
  const from = work.sentences[q.sentence - 1]?.start ?? work.sentences[q.sentence]?.start ?? q.numStart;
  return within(work.baselines, from, q.numStart).filter((b) => b.against === "plan").pop();
}

/** The figures of the sentence of figure i (the array is in text order). */
function sameSentence(qs: Quantity[], i: number): Quantity[] {
  const s = (qs[i] as Quantity).sentence;
  let a = i;
  let b = i;
  while (a > 0 && (qs[a - 1] as Quantity).sentence === s) a--;
  while (b < qs.length - 1 && (qs[b + 1] as Quantity).sentence === s) b++;
  return qs.slice(a, b + 1);
}

/**
 * "giá tôm 112.000 đồng/kg, giảm 8.000 đồng/kg so với tháng trước; giá cá ngừ 145.000 đồng/kg": past
 * a semicolon, a figure in the unit of the level whose change came last starts a new item, a
 * level of its own, and no change more of the list.
 */
function newItemAfter(qs: Quantity[], i: number, prev: Quantity, q: Quantity, text: string): boolean {
  if (!text.slice(prev.tailEnd, q.start).includes(";")) return false;
  const level = lastKept(qs, qs.lastIndexOf(prev, i - 1), q.sentence);
  return level?.role === "level" && level.unit === q.unit && !level.inParens;
}

/**
 * The change of an earlier clause whose verb goes without saying before `q`: "exports rose 5.2%,
 * and imports 3.1%", "exports rose 5.2% to US$410 billion, and imports 3.1% to US$395 billion".
 * `prev` is the figure before `q` in its sentence: that change, or the level it reached.
 */
function gappedChange(work: Work, qs: Quantity[], prev: Quantity, q: Quantity, after: string): Quantity | undefined {
  const { text } = work;
  const g = work.language.grammar;
  const changed = (o: Quantity): boolean => o.role === "change" && o.kind === q.kind && (o.verbKind === "change-up" || o.verbKind === "change-down");
  if (!g.gappedSubject.test(text.slice(prev.tailEnd, q.numStart))) return undefined;
  if (changed(prev)) return prev;
  // (The level reached: the change right before it, and "to" after this figure too.)
  const first = prev.role === "level" && g.levelAfterChange.test(after) ? lastKept(qs, qs.indexOf(prev), q.sentence) : undefined;
  return first && changed(first) && g.levelAfterChange.test(text.slice(first.tailEnd, prev.numStart)) ? first : undefined;
}

/** The last figure before index i in the same sentence that is still a figure. */
function lastKept(qs: Quantity[], i: number, sentence: number): Quantity | undefined {
  for (let k = i - 1; k >= 0; k--) {
    const o = qs[k] as Quantity;
    if (o.sentence !== sentence) return undefined;
    if (o.role !== "drop") return o;
  }
  return undefined;
}

// True when a stretch has words of its own beyond target words and fillers: "mục tiêu năm 2019 là đón" has "đón".
function hasOwnWords(s: string, fillers: RegExp): boolean {
  const rest = s.replace(/[(),;:]/gu, " ").replace(fillers, " ").trim();
  return /[\p{L}]{2,}/u.test(rest);
}

/**
 * The level a change at `k` follows right after, in its sentence ("reached US$12.4 billion, up
 * 17.3%"): nothing but the change's own words between them.
 */
function levelBeforeChange(work: Work, qs: readonly Quantity[], k: number): Quantity | undefined {
  const change = qs[k];
  const level = qs[k - 1];
  if (!change || !level || level.role !== "level" || level.sentence !== change.sentence || !level.unit) return undefined;
  return /^[\s,;(]*$/u.test(work.text.slice(level.tailEnd, change.predicateStart)) ? level : undefined;
}
