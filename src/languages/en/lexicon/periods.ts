/** Month names, January to December: number → surface forms. */
export const months = {
  "1": ["January", "Jan"], "2": ["February", "Feb"], "3": ["March", "Mar"], "4": ["April", "Apr"],
  "5": ["May"], "6": ["June", "Jun"], "7": ["July", "Jul"], "8": ["August", "Aug"],
  "9": ["September", "Sept", "Sep"], "10": ["October", "Oct"], "11": ["November", "Nov"], "12": ["December", "Dec"],
} as const;

/** Counts of months in words: "the first nine months". */
export const monthCounts = {
  "2": ["two"], "3": ["three"], "4": ["four"], "5": ["five"], "6": ["six"], "7": ["seven"],
  "8": ["eight"], "9": ["nine"], "10": ["ten"], "11": ["eleven"], "12": ["twelve"],
} as const;

/** Quarters: "the first quarter", "Q1". */
export const quarterOrdinals = { "1": ["first", "1st"], "2": ["second", "2nd"], "3": ["third", "3rd"], "4": ["fourth", "4th", "final", "last"] } as const;

/** Halves: "the first half", "H1". */
export const halfWords = { "1": ["first half", "first six months", "H1"], "2": ["second half", "last six months", "H2"] } as const;

/** The year the document is dated in, named without a number. */
export const thisYear = ["this year", "the current year"] as const;
/** The year the document reports on, named without a number: in a release dated January 2027, "for the whole year" is 2026. */
export const wholeYear = ["full-year", "the whole year", "the full year"] as const;
/** The year before the document's. */
export const lastYear = ["last year", "the previous year"] as const;

/** Words before a day that a stock is counted up to: "as of September 30, 2025". */
export const untilDayLeads = ["as of", "as at", "up to", "until", "through", "by"] as const;

/** Words before a month that a stretch from January runs to: "by the end of September". */
export const throughMonthLeads = ["by the end of", "through the end of", "to the end of", "until the end of"] as const;

/** Multi-year spans: "the 2021-2025 period", "during 2021-2025". */
export const spanWords = ["period", "term", "stage", "plan"] as const;

/** A school year or a crop year across two years, which a report may be about: "the 2024-2025 school year". */
export const termWords = ["school year", "academic year", "crop year"] as const;

/**
 * What is counted at a day, not added up over the months up to it: a balance, a herd, the
 * population. Under a passage of months ("the first nine months of 2026") such a figure is of the
 * last month.
 */
export const stockNouns = [
  "outstanding", "balance", "balances", "deposit", "deposits", "loan", "loans", "lending", "credit", "debt", "debts",
  "reserve", "reserves", "population", "subscriber", "subscribers", "subscription", "subscriptions", "account", "accounts",
  "stock", "stocks", "assets", "capitalisation", "capitalization", "inventory", "inventories", "money supply", "herd", "herds",
] as const;

/** Prices at a day, stocks too, unless averaged over a stretch ("the average exchange rate"). */
export const pricesAtDay = ["interest rate", "interest rates", "exchange rate", "exchange rates"] as const;
