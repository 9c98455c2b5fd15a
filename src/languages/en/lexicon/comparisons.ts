/** Words that open a comparison: "compared to the same period", "against 2023". */
export const comparators = ["compared to", "compared with", "against", "over", "from", "than", "versus", "vs", "as against", "relative to", "above", "below"] as const;

/**
 * What a ratio names its baseline by, right after "times", "twice" or "double": "four times the
 * figure of last year", "double the amount collected in the first half of 2025".
 */
export const ratioBaseNouns = ["the figure", "the amount", "the level", "the number", "the value", "the total", "the volume"] as const;
export const ratioBaseVerbs = ["collected", "recorded", "posted", "reported", "registered", "seen", "earned", "achieved"] as const;

/**
 * Baselines, written after a comparator or right after the figure. Each maps to how the baseline
 * period follows from the record's period.
 */
export const baselines = {
  "same-period-last-year": [
    "the same period last year", "the same period of last year", "the same period a year earlier", "the same period",
    "the same quarter last year", "the same quarter", "the same month last year", "the same months last year",
    "a year earlier", "a year ago", "the same time last year",
    "the same holiday last year", "the same holiday a year earlier", "the same holiday", "the same season last year",
  ],
  "year-on-year": ["year-on-year", "year on year", "y-o-y", "yoy", "on-year", "on year"],
  "previous-month": ["the previous month", "last month", "a month earlier", "the month before"],
  "month-on-month": ["month-on-month", "month on month"],
  "previous-quarter": ["the previous quarter", "last quarter", "the quarter before"],
  "previous-year": ["the previous year", "last year", "a year before", "the year before"],
  plan: ["the plan", "plan", "the target", "target", "the annual plan", "the yearly plan", "the annual target", "the yearly target", "the goal", "the estimate", "the annual estimate", "the yearly estimate", "the full-year estimate", "the full-year plan", "the full-year target", "the year's estimate", "the year's plan", "the year's target", "their plans", "their plan", "its plan"],
  other: ["the national average", "the country's average", "the average"],
} as const;
