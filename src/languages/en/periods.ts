import { alternation, startingWith, WORD_END, WORD_START } from "../../grammar/alternation.js";
import { scanPeriods, type PeriodGroups, type PeriodShape } from "../builders.js";
import type { PeriodMention } from "../language.js";
import { firstMonths } from "../../record/periods.js";
import { ratioBaseNouns, ratioBaseVerbs } from "./lexicon/comparisons.js";
import { ratioWords } from "./lexicon/numbers.js";
import { halfWords, lastYear, monthCounts, months, quarterOrdinals, spanWords, termWords, thisYear, throughMonthLeads, untilDayLeads, wholeYear } from "./lexicon/periods.js";

const pad = (m: number): string => String(m).padStart(2, "0");
const lookup = (lexicon: Readonly<Record<string, readonly string[]>>): Map<string, number> => {
  const out = new Map<string, number>();
  for (const [n, forms] of Object.entries(lexicon)) for (const f of forms) out.set(f.toLowerCase(), Number(n));
  return out;
};
const MONTH = lookup(months);
/** The number of a month name as MONTH_NAME matches it ("Sept." → 9). */
export const monthNumber = (name: string): number | undefined => MONTH.get(name.replace(/\.$/u, "").toLowerCase());
const COUNT = lookup(monthCounts);
const QUARTER = lookup(quarterOrdinals);
const HALF = lookup(halfWords);

// Month names are capitalised in English: "May" the month, not "may" the verb. A dot after one
// cuts it short before a day ("Dec. 27"); at the end of a sentence it is the sentence's.
export const MONTH_NAME = `(?:${alternation(Object.values(months).flat())})(?:\\.(?=\\s*\\d))?(?![\\p{L}])`;
const YEAR = (name: string): string => `(?<${name}>(?:19|20)\\d{2})${WORD_END}`;
const MONTH_COUNT = `\\d{1,2}|${alternation(Object.values(monthCounts).flat())}`;
const THIS = alternation(thisYear);
const WHOLE = alternation(wholeYear);
const LAST = alternation(lastYear);
// What may follow a month, a quarter or a stretch of months: " 2024", " of 2024", ", 2024", " of this year", " last year".
const YEAR_TAIL = `(?:\\s*,?\\s+(?:of\\s+|in\\s+)?(?:the\\s+year\\s+)?${YEAR("year")}|\\s+(?:of\\s+)?(?<rel>${THIS}|${LAST})${WORD_END}|\\s*[/-]\\s*${YEAR("year2")})?`;
/** "(four times) the figure of", "(double) the amount collected in": a ratio's comparator, after "times" or a ratio word. */
export const RATIO_BASE = `(?<=(?:times|${alternation(Object.values(ratioWords).flat())})\\s)(?:${alternation(ratioBaseNouns)})(?:\\s+(?:${alternation(ratioBaseVerbs)}))?\\s+(?:of|in|for|during)`;
// "compared to the first quarter of 2023", "than in 2023", "double the amount collected in the first
// half of 2025": a baseline, not the record's period. "Over the first ten months of 2026," opening a
// sentence is a stretch of time, no comparison, and so is "aged 15 and over in the third quarter".
const COMPARATOR_BEFORE = new RegExp(`(?:compared\\s+(?:to|with)|against|(?<!(?:^|[.!?;:\\n])\\s*)(?<!(?:and|or)\\s+)over|than|from|versus|vs\\.?|${RATIO_BASE})\\s+(?:in\\s+|during\\s+|the\\s+|that\\s+of\\s+|(?:end|close)\\s+)*$`, "iu");

const relOf = (g: Record<string, string | undefined>): number | null => {
  if (!g.rel) return null;
  return new RegExp(`^(?:${LAST})$`, "iu").test(g.rel) ? -1 : 0;
};

const shapes: PeriodShape[] = [
  {
    // "the 2024-2025 school year", "academic year 2024-2025": a school year or a crop year, which a report may be about.
    rule: "en/period/term",
    kind: "span",
    term: true,
    pattern: new RegExp(
      `${WORD_START}(?:(?<y1>(?:19|20)\\d{2})\\s*[-–/]\\s*(?<y2>(?:19|20)\\d{2})\\s+(?:${alternation(termWords)})|(?:${alternation(termWords)})\\s+(?:of\\s+)?(?<y3>(?:19|20)\\d{2})\\s*[-–/]\\s*(?<y4>(?:19|20)\\d{2}))${WORD_END}`,
      "giu",
    ),
    make: (g) => {
      const span = `${g.y1 ?? g.y3}/${g.y2 ?? g.y4}`;
      return () => span;
    },
  },
  {
    // "the 2021-2025 period", "the period 2016-2020", "(2024-2029)"
    rule: "en/period/span",
    kind: "span",
    pattern: new RegExp(
      `${startingWith(spanWords, "\\d")}${WORD_START}(?:(?<y1>(?:19|20)\\d{2})\\s*[-–]\\s*(?<y2>(?:19|20)\\d{2})\\s+(?:${alternation(spanWords)})${WORD_END}|(?:${alternation(spanWords)})\\s+(?:of\\s+)?(?<y3>(?:19|20)\\d{2})\\s*[-–]\\s*(?<y4>(?:19|20)\\d{2})${WORD_END}|(?<=\\(\\s*)(?<y5>(?:19|20)\\d{2})\\s*[-–]\\s*(?<y6>(?:19|20)\\d{2})(?=\\s*\\)))`,
      "gu",
    ),
    make: (g) => {
      const span = `${g.y1 ?? g.y3 ?? g.y5}/${g.y2 ?? g.y4 ?? g.y6}`;
      return () => span;
    },
  },
  {
    // "January-February", "the January-November period", "January to June 2024"
    rule: "en/period/month-range",
    kind: "months",
    pattern: new RegExp(`${WORD_START}(?<m1>${MONTH_NAME})\\s*(?:[-–]|\\s+to\\s+|\\s+through\\s+)\\s*(?<m2>${MONTH_NAME})(?:\\s+period)?${YEAR_TAIL}`, "gu"),
    make: (g) => {
      const a = monthNumber(g.m1 ?? "");
      const b = monthNumber(g.m2 ?? "");
      if (!a || !b || b <= a) return null;
      return a === 1 ? (y) => firstMonths(y, b) : (y) => `${y}-${pad(a)}/${y}-${pad(b)}`;
    },
  },
  {
    // "the first half of 2024", "the first six months of the year", "H1 2024"
    rule: "en/period/half",
    kind: "half",
    pattern: new RegExp(`${WORD_START}(?<h>${alternation(Object.values(halfWords).flat())})${WORD_END}${YEAR_TAIL}`, "giu"),
    make: (g) => {
      const h = HALF.get((g.h ?? "").toLowerCase().replace(/\s+/gu, " "));
      return h ? (y) => `${y}-S${h}` : null;
    },
  },
  {
    // "the first nine months of 2024", "the first 11 months", "in the ten months", "the two-month
    // period", "the 11-month period", "the ten-month total", "In ten months," "Over ten months,"
    // "9M 2026", "9M/2026" (as tables and markets write them, with their year), "10 months of 2025"
    rule: "en/period/first-months",
    kind: "months",
    pattern: new RegExp(
      `${startingWith(["first", ...Object.values(monthCounts).flat()], "\\d")}${WORD_START}(?:first\\s+(?<n>${MONTH_COUNT})\\s+months|(?<n4>\\d{1,2})(?<m4>M)(?=\\s*(?:[/-]\\s*)?(?:19|20)\\d{2}(?!\\d))|(?<=${WORD_START}(?:the|(?:in|over|for|during|after)(?=\\s+\\p{L}+\\s+months\\s*,))\\s+)(?<n3>${MONTH_COUNT})\\s+months|(?<n2>${MONTH_COUNT})-month\\s+(?:period|total|tally|figure)|(?<n5>${MONTH_COUNT})\\s+months(?=\\s+(?:of|in)\\s+(?:19|20)\\d{2}(?!\\d)))${WORD_END}${YEAR_TAIL}`,
      "giu",
    ),
    make: (g) => {
      // (A capital M: "9m" is nine metres.)
      if (g.m4 && g.m4 !== "M") return null;
      const raw = (g.n ?? g.n2 ?? g.n3 ?? g.n4 ?? g.n5 ?? "").toLowerCase();
      const n = /^\d+$/u.test(raw) ? Number(raw) : COUNT.get(raw);
      if (!n || n < 2 || n > 12) return null;
      return (y) => firstMonths(y, n);
    },
  },
  {
    // "the second quarter of 2024", "Q4 2024", "Q1", "the fourth quarter of this year"
    rule: "en/period/quarter",
    kind: "quarter",
    pattern: new RegExp(`${WORD_START}(?:(?<ord>${alternation(Object.values(quarterOrdinals).flat())})(?:\\s+|-)quarter|Q(?<q>[1-4]))${WORD_END}${YEAR_TAIL}`, "giu"),
    make: (g) => {
      const q = g.q ? Number(g.q) : QUARTER.get((g.ord ?? "").toLowerCase());
      return q ? (y) => `${y}-Q${q}` : null;
    },
  },
  {
    // "by the end of September 2025": January through that month.
    rule: "en/period/through-month",
    upTo: "month",
    kind: "months",
    pattern: new RegExp(`${WORD_START}(?:${alternation(throughMonthLeads)})\\s+(?<m>${MONTH_NAME})(?!\\s*\\d{1,2}(?!\\d))${YEAR_TAIL}`, "giu"),
    make: (g) => {
      const m = monthNumber(g.m ?? "");
      return m ? (y) => firstMonths(y, m) : null;
    },
  },
  {
    // "from April 5 to 7", "from March 28 to April 3, 2025", "April 5-7": the months of the days a
    // stretch of days runs over (an event's, a holiday's).
    rule: "en/period/day-to-day",
    kind: "months",
    pattern: new RegExp(
      `${WORD_START}(?:from\\s+(?<m1>${MONTH_NAME})\\s+[0-3]?\\d(?:st|nd|rd|th)?\\s+(?:to|until|through)\\s+(?:(?<m2>${MONTH_NAME})\\s+)?|(?<m3>${MONTH_NAME})\\s+[0-3]?\\d\\s*[-–]\\s*)[0-3]?\\d(?:st|nd|rd|th)?(?![\\d.,]?\\d)(?:\\s*,\\s*${YEAR("year")})?`,
      "giu",
    ),
    make: (g) => {
      const a = monthNumber(g.m1 ?? g.m3 ?? "");
      const b = g.m2 ? monthNumber(g.m2) : a;
      if (!a || !b || b < a) return null;
      return (y) => (a === b ? `${y}-${pad(a)}` : `${y}-${pad(a)}/${y}-${pad(b)}`);
    },
  },
  {
    // "as of September 30, 2025", "as at 31 March", "by 30/6/2025": the month of a stock counted up to that day.
    rule: "en/period/until-day",
    upTo: "day",
    kind: "month",
    pattern: new RegExp(
      `${WORD_START}(?:${alternation(untilDayLeads)})\\s+(?:(?<m>${MONTH_NAME})\\s+[0-3]?\\d(?:st|nd|rd|th)?(?!\\d)|[0-3]?\\d(?:st|nd|rd|th)?\\s+(?<m2>${MONTH_NAME})|[0-3]?\\d\\s*\\/\\s*(?<m3>[01]?\\d)(?=\\s*\\/\\s*(?:19|20)\\d{2}))(?:\\s*,?\\s*\\/?\\s*${YEAR("year")})?`,
      "giu",
    ),
    make: (g) => {
      const m = g.m3 ? Number(g.m3) : monthNumber(g.m ?? g.m2 ?? "");
      return m && m >= 1 && m <= 12 ? (y) => `${y}-${pad(m)}` : null;
    },
  },
  {
    // "in July 2024", "July", "in March this year"; "November 30, 2024" is a date, no period.
    rule: "en/period/month",
    kind: "month",
    pattern: new RegExp(`${WORD_START}(?<m>${MONTH_NAME})(?!\\s*\\d{1,2}(?!\\d))${YEAR_TAIL}`, "gu"),
    make: (g) => {
      const m = monthNumber(g.m ?? "");
      return m ? (y) => `${y}-${pad(m)}` : null;
    },
  },
  {
    // "in 2024", "for the full year of 2024", "this year", "last year"; "(2022: 92.04%)": a year
    // labelling the value after it in brackets.
    rule: "en/period/year",
    kind: "year",
    pattern: new RegExp(
      `(?<=\\(\\s*)${YEAR("year3")}(?=\\s*:)|${WORD_START}(?:(?:in|for|of|during|throughout|since|by)\\s+(?:the\\s+)?(?:(?:full\\s+|whole\\s+)?year\\s+(?:of\\s+)?)?${YEAR("year")}|(?:the\\s+)?(?:full|whole)\\s+year\\s+(?:of\\s+)?${YEAR("year2")}|(?<this>${THIS})${WORD_END}|(?<whole>${WHOLE})${WORD_END}|(?<last>${LAST})${WORD_END})`,
      "giu",
    ),
    make: () => (y) => String(y),
  },
];

// How the English shapes name their years: "2024", "of this year", "last year", "2021-2025".
const GROUPS: PeriodGroups = {
  year: (g, kind) => {
    const explicit = g.year ?? g.year2 ?? g.year3;
    return kind === "span" ? Number(g.y2 ?? g.y4 ?? g.y6) : explicit ? Number(explicit) : null;
  },
  relative: (g) => (g.this ? 0 : g.last ? -1 : relOf(g)),
  comparatorBefore: COMPARATOR_BEFORE,
  duringComparator: /^over\s/iu,
};

/** Every period the text names, longest first where two overlap. */
export function findPeriods(text: string): PeriodMention[] {
  return scanPeriods(text, shapes, GROUPS).sort((a, b) => a.start - b.start);
}
