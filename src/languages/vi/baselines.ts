import { allMatches } from "../../grammar/ends-with.js";
import { alternation, wordStartBefore, WORD_END } from "../../grammar/alternation.js";
import { firstMonths, namedMonth, namedQuarter, previousUnit, sameStretchIn, shiftYears } from "../../record/periods.js";
import { baselineAt, type BaselineMention } from "../language.js";
import { abbreviatedBaselines, baselines as lexicon, comparatives, comparators, planIssued } from "./lexicon/comparisons.js";
import { lastYear, thisYear, wholeYear } from "./lexicon/periods.js";
import { MONTH_NAME, monthOfName, QUARTER_NUMBER, quarterOf } from "./periods.js";

const COMPARATOR = alternation(comparators);
const COMPARATIVE_BEFORE = new RegExp(`(?:${alternation(comparatives)})(?:\\s+mức)?\\s*$`, "iu");
// The word after "năm" that names the record's year or the one before: "(năm) nay", "(năm) trước".
const RELATIVE_YEAR = alternation([...thisYear, ...wholeYear, ...lastYear].map((w) => w.split(" ").slice(1).join(" ")));
const isLastYear = new Set(lastYear.map((w) => w.split(" ").slice(1).join(" ")));
const PLAN = alternation(lexicon.plan);
const ISSUED = alternation(planIssued);
const OTHER = alternation(lexicon.other);
// "88,1% DT", "113,4% CK": the abbreviations, right after a percentage.
const afterPercent = (words: readonly string[]): string => `(?<=%\\s{0,2})(?:${alternation(words)})`;

// The words a baseline opens with (or a digit: "9 tháng 2023", "2023").
const OPENERS = [...comparators, ...lexicon.plan, ...lexicon.other, ...Object.values(abbreviatedBaselines).flat(), "cùng", "cuối", "đầu", "cả", "tháng", "quý", "quí", "năm", "thời điểm", "ngày"];

// "so với cùng kỳ năm 2022", "so cùng kỳ", "cùng kỳ năm trước", "so với tháng trước",
// "so với năm 2023", "so với tháng 12-2018", "so với cùng thời điểm năm 2018", "so với cùng thời
// điểm tháng trước", "so kế hoạch năm 2023", "so với thời điểm 31/12/2024", "so với đầu năm".
const PATTERN = new RegExp(
  `${wordStartBefore(OPENERS, `${alternation(OPENERS)}|\\d`, "12")}(?:(?<comp>${COMPARATOR})\\s+(?:mức\\s+|con số\\s+)?)?(?:` +
    `(?<same>cùng\\s+(?:kỳ|thời\\s+điểm|thời\\s+kỳ|(?:tháng|quý|quí)(?!\\s*\\d))|${afterPercent(abbreviatedBaselines["same-period-last-year"])})(?:\\s+(?:của\\s+)?(?:(?<sameMonthBefore>tháng\\s+(?:liền\\s+)?trước)|(?:năm\\s+)?(?:(?<sameYear>(?:19|20)\\d{2})|(?<sameRel>trước|ngoái))))?` +
    `|(?<prevMonth>tháng\\s+(?:liền\\s+)?trước)` +
    `|(?<prevQuarter>qu[ýí]\\s+(?:liền\\s+)?trước)` +
    `|(?<prevYear>năm\\s+(?:trước|ngoái|liền\\s+trước|qua))` +
    `|qu[ýí]\\s+(?<quarter>${QUARTER_NUMBER})(?:\\s*[/.-]\\s*(?<quarterYear>(?:19|20)\\d{2})|\\s+năm\\s+(?<quarterYear2>(?:19|20)\\d{2}))?` +
    `|(?:thời\\s+điểm\\s+)?(?:cuối\\s+)?(?<monthWord>tháng)\\s+(?:(?<month>\\d{1,2})|(?<monthName>${MONTH_NAME}))${WORD_END}` +
    `(?:\\s*[/.-]\\s*(?<monthYear>(?:19|20)\\d{2})|\\s+(?:của\\s+)?năm\\s+(?:(?<monthYear2>(?:19|20)\\d{2})|(?<monthRel>${RELATIVE_YEAR})))?` +
    `|(?:thời\\s+điểm|ngày)\\s+(?:ngày\\s+)?\\d{1,2}\\s*\\/\\s*(?<dayMonth>\\d{1,2})\\s*\\/\\s*(?<dayYear>(?:19|20)\\d{2})` +
    `|(?:thời\\s+điểm\\s+)?cuối\\s+năm\\s+(?:(?<yearEnd>(?:19|20)\\d{2})|(?<yearEndRel>${RELATIVE_YEAR}))` +
    `|(?:thời\\s+điểm\\s+)?(?<yearStart>đầu\\s+năm)(?:\\s+(?:(?<yearStartYear>(?:19|20)\\d{2})|nay))?` +
    `|(?<months>\\d{1,2})\\s+tháng(?:\\s+đầu)?(?:\\s+(?:của\\s+)?năm)?\\s*[\\s/]\\s*(?<monthsYear>(?:19|20)\\d{2})` +
    `|(?:cả\\s+)?năm\\s+(?<year>(?:19|20)\\d{2})` +
    `|(?<bareYear>(?:19|20)\\d{2})` +
    `|(?<plan>${PLAN}|${afterPercent(abbreviatedBaselines.plan)})(?:\\s+(?:[\\p{L}\\p{M}]+\\s+){0,6}?(?:${ISSUED})${WORD_END})?(?:\\s+(?<planYearWord>(?:cả\\s+)?năm)(?:\\s+(?<planYear>(?:19|20)\\d{2}))?)?` +
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
    // Without a comparator only words that cannot be anything but a baseline count:
    // "tăng 2,1% cùng kỳ năm 2018", "đạt 36,6% dự toán năm".
    // After a comparative, an average or an earlier period is compared without "so với": "cao hơn
    // bình quân cả nước", "cao hơn năm trước 1,8 tạ/ha", "thấp hơn tháng 9".
    const afterComparative = COMPARATIVE_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index));
    if (!comp && !g.same && !g.plan && !afterComparative) continue;
    if (g.bareYear && !comp) continue;
    const start = m.index;
    const end = start + m[0].length;
    const at = { start, end, text: m[0], comparator: comp };
    if (g.sameMonthBefore) {
      // "so với cùng thời điểm tháng trước": the same day of the month before.
      out.push(baselineAt(at, { against: "previous", rule: "vi/baseline/previous-month", period: (p) => previousUnit(p, "month") }));
    } else if (g.same) {
      const y = g.sameYear ? Number(g.sameYear) : null;
      out.push(baselineAt(at, { against: "previous", stretch: "same", rule: "vi/baseline/same-period", period: (p) => (y ? sameStretchIn(p, y) : p ? shiftYears(p, -1) : null) }));
    } else if (g.prevMonth) {
      out.push(baselineAt(at, { against: "previous", stretch: "end", rule: "vi/baseline/previous-month", period: (p) => previousUnit(p, "month") }));
    } else if (g.prevQuarter) {
      out.push(baselineAt(at, { against: "previous", rule: "vi/baseline/previous-quarter", period: (p) => previousUnit(p, "quarter") }));
    } else if (g.quarter && (comp || afterComparative)) {
      // "cao hơn quý II khoảng 4.000 đồng/kg", "so với quý 2/2025": that quarter, of the record's
      // year unless it comes later in the year than the record.
      const q = quarterOf(g.quarter);
      if (q === undefined) continue;
      const year = g.quarterYear ?? g.quarterYear2;
      out.push(baselineAt(at, { against: "previous", rule: "vi/baseline/quarter", period: namedQuarter(q, year ? Number(year) : null) }));
    } else if (g.prevYear) {
      out.push(baselineAt(at, { against: "previous", rule: "vi/baseline/previous-year", period: (p) => (p ? shiftYears(p, -1) : null) }));
    } else if (g.dayMonth && comp) {
      // "so với thời điểm 31/12/2024": the month of that day, a stock's end.
      const month = Number(g.dayMonth);
      if (month < 1 || month > 12) continue;
      out.push(baselineAt(at, { against: "previous", stretch: "end", rule: "vi/baseline/day", period: namedMonth(month, Number(g.dayYear), null) }));
    } else if (g.yearEnd || g.yearEndRel) {
      // "cuối năm 2023", "cuối năm trước": December of that year.
      const relative = g.yearEndRel ? (isLastYear.has(g.yearEndRel.toLowerCase()) ? -1 : 0) : null;
      out.push(baselineAt(at, { against: "previous", stretch: "end", rule: "vi/baseline/year-end", period: namedMonth(12, g.yearEnd ? Number(g.yearEnd) : null, relative) }));
    } else if (g.yearStart) {
      // "tăng 9,6% so với đầu năm": December of the year before, a stock's end.
      const year = g.yearStartYear ? Number(g.yearStartYear) - 1 : null;
      out.push(baselineAt(at, { against: "previous", stretch: "end", rule: "vi/baseline/year-start", period: namedMonth(12, year, year === null ? -1 : null) }));
    } else if (g.month || g.monthName) {
      const month = g.month ? Number(g.month) : monthOfName(g.monthName ?? "", g.monthWord ?? "");
      if (month === null || month < 1 || month > 12) continue;
      const year = g.monthYear ?? g.monthYear2;
      const relative = g.monthRel ? (isLastYear.has(g.monthRel.toLowerCase()) ? -1 : 0) : null;
      out.push(baselineAt(at, { against: "previous", stretch: "end", rule: "vi/baseline/month", period: namedMonth(month, year ? Number(year) : null, relative) }));
    } else if (g.months && g.monthsYear && comp) {
      // "so với 9 tháng 2025", "so với 6 tháng đầu năm 2025": January to that month of the year.
      const n = Number(g.months);
      const year = Number(g.monthsYear);
      if (n >= 2 && n <= 12) out.push(baselineAt(at, { against: "previous", rule: "vi/baseline/first-months", period: () => firstMonths(year, n) }));
    } else if (g.year || g.bareYear) {
      const y = Number(g.year ?? g.bareYear);
      // A year against a year is that year; a stretch of months against a year is the same stretch.
      out.push(baselineAt(at, { against: "previous", rule: "vi/baseline/year", period: (p) => (!p || /^\d{4}$/.test(p) ? String(y) : sameStretchIn(p, y)) }));
    } else if (g.plan) {
      // "dự toán năm 2024"; "kế hoạch năm", "dự toán cả năm": the year of the figure.
      const y = g.planYear ?? null;
      const ofYear = Boolean(g.planYearWord);
      out.push(baselineAt(at, { against: "plan", rule: "vi/baseline/plan", period: (p) => y ?? (ofYear && p ? (/(?:19|20)\d{2}/.exec(p)?.[0] ?? null) : null) }));
    } else if (g.other) {
      out.push(baselineAt(at, { against: "other", rule: "vi/baseline/other", period: () => null }));
    }
  }
  return out;
}
