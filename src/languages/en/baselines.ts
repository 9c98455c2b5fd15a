import { allMatches } from "../../grammar/ends-with.js";
import { alternation, WORD_END, WORD_START } from "../../grammar/alternation.js";
import { baselineAt, type BaselineMention } from "../language.js";
import { namedMonth, previousUnit, sameStretchIn, shiftYears } from "../../record/periods.js";
import { baselines as lexicon, comparators } from "./lexicon/comparisons.js";
import { MONTH_NAME, monthNumber, RATIO_BASE } from "./periods.js";

const COMPARATOR = alternation(comparators);
const SAME = alternation(lexicon["same-period-last-year"]);
const YOY = alternation(lexicon["year-on-year"]);
const PREV_MONTH = alternation(lexicon["previous-month"]);
const MOM = alternation(lexicon["month-on-month"]);
const PREV_QUARTER = alternation(lexicon["previous-quarter"]);
const PREV_YEAR = alternation(lexicon["previous-year"]);
const PLAN = alternation(lexicon.plan);
const OTHER = alternation(lexicon.other);
const YEAR = "(?:19|20)\\d{2}";

// "compared to the same period last year", "year-on-year", "against the same period in 2023",
// "over the previous month", "up 1.08 percent month-on-month", "than in 2023", "from the end of 2023",
// "than the plan", "the 2024 target", "the national average".
const PATTERN = new RegExp(
  `${WORD_START}(?:(?<comp>${COMPARATOR}|${RATIO_BASE})\\s+(?:that\\s+of\\s+|those\\s+of\\s+)?)?(?:` +
    `(?<same>${SAME})(?:\\s+(?:of|in)\\s+(?<sameYear>${YEAR}))?` +
    `|(?<yoy>${YOY})` +
    `|(?<mom>${MOM})` +
    `|(?<prevMonth>${PREV_MONTH})` +
    `|(?<prevQuarter>${PREV_QUARTER})` +
    `|(?<prevYear>${PREV_YEAR})` +
    `|(?:the\\s+)?(?<planYearBefore>${YEAR})\\s+(?<planAfterYear>(?:annual\\s+|full-year\\s+)?(?:plan|target|goal|estimate))` +
    `|(?:(?:in|the\\s+year)\\s+)?(?<year>${YEAR})` +
    `|(?:the\\s+)?(?:end|close)\\s+of\\s+(?:(?<yearEnd>${YEAR})|(?<yearEndLast>last\\s+year|the\\s+previous\\s+year))` +
    `|(?<ytd>year-to-date|year\\s+to\\s+date|ytd)` +
    `|(?<yearStart>(?:the\\s+)?(?:start|beginning)\\s+of\\s+(?:the|this)\\s+year)` +
    `|(?:(?:in|the\\s+end\\s+of)\\s+)?(?<month>${MONTH_NAME})(?:\\s+(?<monthYear>${YEAR}))?` +
    `|(?<plan>${PLAN})(?:\\s+(?:for|of)\\s+(?<planYear>${YEAR}))?` +
    `|(?<other>${OTHER})` +
    `)${WORD_END}`,
  "giu",
);

/** Every baseline the text names, with how to compute its period. */
export function findBaselines(text: string): BaselineMention[] {
  const out: BaselineMention[] = [];
  for (const m of allMatches(PATTERN, text)) {
    const g = m.groups ?? {};
    const comp = Boolean(g.comp);
    // Without a comparator only words that cannot be anything but a baseline count: "up 9.8
    // percent year-on-year", "the same period last year", "surpassing the target"; a month or a
    // year counts only after one ("from September", "than in 2023"). "The plan", "the target"
    // without a comparator: only after a verb of attainment (see barePlan), or as a target's subject.
    // "1.6 times the national average", "80 percent of the national average": an average right after
    // a ratio or a share is the baseline, with no comparator.
    const ofRatio = Boolean(g.other) && /(?:times|percent\s+of|%\s+of)\s+$/iu.test(text.slice(Math.max(0, m.index - 14), m.index));
    const plan = g.plan ?? g.planAfterYear;
    if (!comp && !g.same && !g.yoy && !g.mom && !g.ytd && !plan && !ofRatio) continue;
    const start = m.index;
    const end = start + m[0].length;
    // "year-on-year" says its comparison outright: it governs the figures around it like "compared to".
    const at = { start, end, text: m[0], comparator: comp || Boolean(g.yoy) || Boolean(g.mom) || Boolean(g.ytd) };
    if (g.same || g.yoy) {
      const y = g.sameYear ? Number(g.sameYear) : null;
      out.push(baselineAt(at, { against: "previous", stretch: "same", rule: g.yoy ? "en/baseline/year-on-year" : "en/baseline/same-period", period: (p) => (y ? sameStretchIn(p, y) : p ? shiftYears(p, -1) : null) }));
    } else if (g.prevMonth || g.mom) {
      out.push(baselineAt(at, { against: "previous", stretch: "end", rule: "en/baseline/previous-month", period: (p) => previousUnit(p, "month") }));
    } else if (g.prevQuarter) {
      out.push(baselineAt(at, { against: "previous", rule: "en/baseline/previous-quarter", period: (p) => previousUnit(p, "quarter") }));
    } else if (g.prevYear) {
      out.push(baselineAt(at, { against: "previous", rule: "en/baseline/previous-year", period: (p) => (p ? shiftYears(p, -1) : null) }));
    } else if (g.year) {
      const y = Number(g.year);
      out.push(baselineAt(at, { against: "previous", rule: "en/baseline/year", period: (p) => (!p || /^\d{4}$/u.test(p) ? String(y) : sameStretchIn(p, y)) }));
    } else if (g.ytd || g.yearEndLast || g.yearStart) {
      // "rose 9.6% year-to-date", "from the end of last year", "from the start of the year": December of the year before the record's.
      out.push(baselineAt(at, { against: "previous", stretch: "end", rule: "en/baseline/year-to-date", period: namedMonth(12, null, -1) }));
    } else if (g.yearEnd) {
      // "from the end of 2023": the year's stock, or its December against a month's.
      const y = Number(g.yearEnd);
      out.push(baselineAt(at, { against: "previous", stretch: "end", rule: "en/baseline/year-end", period: (p) => (!p || /^\d{4}$/u.test(p) ? String(y) : `${y}-12`) }));
    } else if (g.month) {
      // "from September", "than October 2023": that month, or the last one before the record's.
      const month = monthNumber(g.month) ?? 0;
      out.push(baselineAt(at, { against: "previous", stretch: "end", rule: "en/baseline/month", period: namedMonth(month, g.monthYear ? Number(g.monthYear) : null, null) }));
    } else if (plan) {
      // "the plan for 2024", "the 2024 target".
      const y = g.planYear ?? g.planYearBefore ?? null;
      out.push(baselineAt(at, { against: "plan", rule: "en/baseline/plan", period: () => y }));
    } else if (g.other) {
      out.push(baselineAt(at, { against: "other", rule: "en/baseline/other", period: () => null }));
    }
  }
  return out;
}
