import type { Language, PeriodMention, BaselineMention, UnitKind } from "../languages/language.js";
import type { Dec } from "../numbers/decimal.js";
import type { NumberStyle } from "../numbers/numeral.js";
import type { ExtractWarning, Qualifier, Status } from "../record/schema.js";
import { toInputSpan, type NormalizedText } from "../text/normalize.js";
import { within } from "../text/ranges.js";
import type { Sentence } from "../text/segment.js";
import type { TableCell } from "./tables.js";

/** A comparison while the pipeline works: exact decimals, converted to strings at the end. */
export interface WorkComparison {
  against: "previous" | "plan" | "other";
  period?: string | null;
  value?: Dec;
  change?: { kind?: "percent" | "times" | "points" | "absolute"; value?: Dec; direction?: "increase" | "decrease" | "unchanged" };
  attainment?: Dec;
  baseline?: BaselineMention;
}

export type Role = "level" | "change" | "attainment" | "share" | "plan-value" | "baseline-value" | "drop";

/**
 * The rule of a baseline value a period labels in brackets ("(năm 2025: 1.080 tỷ đồng)"): read as
 * the level's baseline only when that period proves earlier than the level's.
 */
export const PERIOD_LABELLED = "vi/role/baseline-value-labelled";
/** The rule of a value a level changed from, named after its change ("up 17.3% from US$10.57 billion"). */
export const VALUE_AFTER_CHANGE = "vi/role/value-after-change";

/** A figure of an amount, not a rate: "54 vụ", "2,3 tỷ đồng", not "10%", "1,2 điểm phần trăm", "1,5 lần". */
export const isAmount = (q: Quantity): boolean => q.kind !== "percent" && q.kind !== "points" && q.kind !== "times";

/** One figure in the text: number, scale and unit, and what the pipeline learns about it. */
export interface Quantity {
  start: number;
  end: number;
  numStart: number;
  sentence: number;
  raw: string;
  number: string;
  value: Dec;
  valueMax: Dec | undefined;
  scale: string | null;
  unitText: string | null;
  unit: string | null;
  kind: UnitKind | null;
  per: string | undefined;
  /** Where the rate's "/lao động" ends (the stated text stops before it). */
  perEnd: number;
  /** Where the figure's own words end: its unit, rate and, for a count, the counted noun phrase. */
  tailEnd: number;
  qualifier: Qualifier | null;
  status: Status | null;
  /** Where the words before the figure that belong to its predicate start. */
  predicateStart: number;
  /** Where this figure's own clause starts: its subject lies between here and predicateStart. */
  clauseStart: number;
  verb: string | null;
  verbKind: string | null;
  inParens: boolean;
  role: Role;
  direction: "increase" | "decrease" | undefined;
  /** "giảm từ 2.104 hộ xuống còn 1.672 hộ": the value the figure changed from. */
  from: Dec | undefined;
  /** The cell of a table (written with pipes, or aligned with spaces) that the figure is in. */
  cell: TableCell | undefined;
  /** The period the heading of the list this figure is an item of names ("Chỉ tiêu chủ yếu năm 2027"), or its column's. */
  leadPeriod: PeriodMention | undefined;
  /** "So với tháng trước, có 9 nhóm hàng tăng giá:" above "- Giao thông tăng 0,5%": the baseline the list's lead names. */
  leadBaseline: BaselineMention | undefined;
  /** "giảm từ 3,4% năm 2023 xuống 2,9%", "up from 74.5 years in 2022": the period of that value. */
  fromPeriod: PeriodMention | undefined;
  /** "cao hơn mức 3 tỷ USD của cùng kỳ năm trước": the baseline named right after a level's value in another period. */
  fromBaseline: BaselineMention | undefined;
  /** "9.140, 2.265 và 4.870 người": the figure ending the list this bare number took its unit from. */
  listEnd: Quantity | undefined;
  /** "9 vụ cháy, thiệt hại 21,5 ha (năm 2025: 14 vụ, 38,2 ha)": the level of its unit that a value after a label is the baseline of. */
  labelledFor: Quantity | undefined;
  /** "ranked 5th in tourism revenue growth", "xếp thứ 5 về tăng trưởng": what a place in a ranking is a place in. */
  rankedIn: string | undefined;
  /** "rose 6.82 percent, compared with 4.24 percent in the same period of 2023": the growth before, that this one is another period's rate beside. */
  comparedWith: Quantity | undefined;
  /** "exceeding the estimate by 18 percent": the plan named before the amount it was exceeded by. */
  planBefore: BaselineMention | undefined;
  /** "…, đạt 71,3%" in a passage measured against "kế hoạch vốn năm": the plan a bare attainment is of. */
  planNamed: BaselineMention | undefined;
  comparisons: WorkComparison[];
  /** The record a change, a baseline or a plan value belongs to. */
  owner: Quantity | undefined;
  /** The baseline named right after this figure, if any. */
  ownBaseline: BaselineMention | undefined;
  period: string | null;
  subject: string | null;
  /** Who or what the figure's own words name, for later figures of the sentence ("vốn đăng ký" of whom). */
  topic: string | undefined;
  /** An estimate or a preliminary figure that governs the parts listed after "trong đó". */
  estimateGoesOn: boolean | undefined;
  area: string | undefined;
  rules: string[];
  isRecord: boolean;
}

/** What reading a figure gives; everything else about it starts empty. */
export type QuantityRead = Pick<Quantity, "start" | "end" | "numStart" | "perEnd" | "tailEnd" | "sentence" | "raw" | "number" | "value" | "scale" | "unitText" | "unit" | "kind" | "predicateStart" | "rules">;

/**
 * A new figure, its clause starting where its predicate does. Every field is there from the start
 * and in one order, so that all figures share one shape in V8: fields added later in varying
 * orders gave figures many shapes, and the stages' reads of them fell back to V8's slow, generic
 * look-ups.
 */
export function newQuantity(read: QuantityRead): Quantity {
  return {
    start: read.start,
    end: read.end,
    numStart: read.numStart,
    sentence: read.sentence,
    raw: read.raw,
    number: read.number,
    value: read.value,
    valueMax: undefined,
    scale: read.scale,
    unitText: read.unitText,
    unit: read.unit,
    kind: read.kind,
    per: undefined,
    perEnd: read.perEnd,
    tailEnd: read.tailEnd,
    qualifier: null,
    status: null,
    predicateStart: read.predicateStart,
    clauseStart: read.predicateStart,
    verb: null,
    verbKind: null,
    inParens: false,
    role: "level",
    direction: undefined,
    from: undefined,
    cell: undefined,
    leadPeriod: undefined,
    leadBaseline: undefined,
    fromPeriod: undefined,
    fromBaseline: undefined,
    listEnd: undefined,
    labelledFor: undefined,
    rankedIn: undefined,
    comparedWith: undefined,
    planBefore: undefined,
    planNamed: undefined,
    comparisons: [],
    owner: undefined,
    ownBaseline: undefined,
    period: null,
    subject: null,
    topic: undefined,
    estimateGoesOn: undefined,
    area: undefined,
    rules: read.rules,
    isRecord: false,
  };
}

/** Everything the stages share; each stage reads what earlier ones wrote. */
export interface Work {
  input: string;
  norm: NormalizedText;
  text: string;
  language: Language;
  options: { period?: string | undefined; date?: string | undefined };
  style: NumberStyle;
  styleDecided: boolean;
  sentences: Sentence[];
  quantities: Quantity[];
  periods: PeriodMention[];
  baselines: BaselineMention[];
  /** The year the document is dated (the caller's `date`, or a date in its head), or null. */
  publishedYear: number | null;
  docYear: number | null;
  docPeriod: string | null;
  docPeriodSource: "option" | "text" | "none";
  warnings: ExtractWarning[];
}

/** Index of the sentence containing offset `pos`. */
export function sentenceAt(work: Work, pos: number): number {
  const s = work.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = s[mid] as Sentence;
    if (pos < m.start) hi = mid - 1;
    else if (pos >= m.end) lo = mid + 1;
    else return mid;
  }
  return Math.max(0, Math.min(lo, s.length - 1));
}

/** Whether a period or a baseline lies inside [from, to): such words have a role of their own. */
export function hasMention(work: Work, from: number, to: number): boolean {
  return within(work.baselines, from, to).length > 0 || within(work.periods, from, to).length > 0;
}

export function warn(work: Work, code: ExtractWarning["code"], message: string, start?: number, end?: number): void {
  const span = start === undefined || end === undefined ? null : toSpan(work, start, end);
  work.warnings.push({ code, message, span });
}

export function toSpan(work: Work, start: number, end: number): { start: number; end: number } {
  return toInputSpan(work.norm, start, end);
}

/** An estimate or a preliminary figure: one not final yet, and so are its parts. */
/** Whether a mention starting at `start` follows right after `end`: nothing between but spaces, commas, a bracket or "của"/"of". */
export function rightAfter(work: Work, end: number, start: number): boolean {
  const gap = work.text.slice(end, start).replace(/[\s,(]+/gu, " ").trim();
  return gap === "" || gap === work.language.grammar.ofWord;
}

export const provisional = (status: Quantity["status"]): boolean => status === "estimated" || status === "preliminary";
