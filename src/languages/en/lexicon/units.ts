/** Money: ISO 4217 code → surface forms, written after the figure ("838 billion VND"). */
export const currencies = {
  VND: ["VND", "dong", "VNĐ"],
  USD: ["USD", "US dollars", "dollars", "US$"],
  EUR: ["EUR", "euros", "euro"],
  JPY: ["JPY", "yen"],
  CNY: ["CNY", "yuan"],
} as const;

/** Money written before the figure: "US$21.68 billion", "VND 838 billion", "$5 million". */
export const currenciesBefore = {
  VND: ["VND", "VNĐ"],
  USD: ["US$", "USD", "$"],
  EUR: ["EUR", "€"],
} as const;

/** Percentages and percentage points. */
export const percents = {
  "%": ["%", "percent", "per cent", "pct"],
  pp: ["percentage points", "percentage point", "points", "pp"],
} as const;

/** Physical units: canonical code → surface forms. */
export const measures = {
  t: ["tonnes", "tonne", "tons", "ton"],
  kg: ["kg", "kilogrammes", "kilograms"],
  ha: ["ha", "hectares", "hectare"],
  km: ["km", "kilometres", "kilometers"],
  m: ["m", "metres", "meters", "metre", "meter"],
  m2: ["m2", "square metres", "square meters"],
  m3: ["m3", "cubic metres", "cubic meters"],
  l: ["litres", "liters"],
  kWh: ["kWh"],
  MW: ["MW", "megawatts"],
} as const;

/** "1.3 times", "a 3-fold rise": a ratio to the baseline. */
export const times = ["times", "-fold", "fold"] as const;

/** Points on a scale. "points" alone is `percents.pp`, and a score where a verb states it as a level (grammar.pointsOnAScale). */
export const scores = ["index points"] as const;

/**
 * Counted nouns: a number before one of these is a count ("3,035 projects"); the noun is kept in
 * `stated.unitText`. Time words (years, months, days) are not here on purpose.
 */
export const countNouns = [
  "enterprises", "enterprise", "businesses", "companies", "firms", "cooperatives", "projects", "project",
  "visitors", "international visitors", "foreign visitors", "arrivals", "tourists", "people", "persons",
  "households", "workers", "labourers", "jobs", "students", "patients", "cases", "countries and territories",
  "countries", "provinces", "localities", "communes", "units", "vehicles", "cars", "flights",
  "hospitals", "schools", "contracts", "applications", "dossiers", "subscribers", "accounts", "heads",
  "doctors", "nurses", "hospital beds", "beds", "teachers", "pupils",
  "guests", "passengers", "customers", "members", "participants", "beneficiaries", "residents",
  "pharmacists", "employees", "farmers", "investors", "users", "visits", "trips",
  // Containers counted in twenty-foot equivalent units.
  "TEUs", "TEU",
] as const;

/**
 * Durations read as figures ("life expectancy was 74.7 years", "cut to 12 days"), only when a verb
 * states them: "in 10 years", "after 3 months" describe something else.
 */
export const durationUnits = {
  day: ["days", "day"],
  hour: ["hours", "hour"],
  month: ["months", "month"],
  year: ["years", "year"],
} as const;

/** Spans of time and ages: "10 years", "3 months", "5-year-old". */
export const durations = [
  "years", "year", "months", "month", "quarters", "quarter", "weeks", "week", "days", "day", "hours", "hour",
  "minutes", "seconds", "decades", "year-old", "years old",
] as const;

/**
 * Words after a number that do not make it a count of things, although no unit is listed for
 * them: durations, order and grade, parts of texts, and the words that go on to another number.
 * A number before any other lower-case noun is a count of it.
 */
export const notCounted = [
  ...durations, "times", "steps", "places", "positions", "notches", "stars", "pages", "articles", "chapters",
  "tasks", "solutions", "goals", "objectives", "targets", "priorities", "pillars", "breakthroughs",
  "to", "and", "or", "from", "of", "in", "on", "at", "by", "for", "per", "against", "over", "than", "out",
  "compared", "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her",
  "am", "pm", "gmt",
  // "530,000 more than a year earlier": a comparative, by how much the figure before changed.
  "more", "fewer", "less",
  // "Of the 11 groups, 9 posted increases": a verb after the number, whose subject it is.
  "posted", "recorded", "rose", "fell", "increased", "decreased", "saw",
] as const;

/**
 * Wholes made of people: a figure in millions they are counted in is a count ("the urban population
 * was 38.93 million", "informal employment stood at 33.4 million").
 */
export const peopleWholes = ["population", "populations", "employment", "labour force", "labor force", "workforce"] as const;

/** Verbs that state a figure as a count of their subject: "women numbered 51.20 million". */
export const countingVerbs = ["numbered", "numbering"] as const;

/** Words that end the noun after a number: prepositions, verbs and joints ("projects were", "projects in"). */
export const functionWords = [
  "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "and", "or", "but", "while",
  "is", "are", "was", "were", "has", "have", "had", "be", "been", "will", "would", "which", "that",
  "who", "this", "these", "those", "as", "than", "up", "down", "per",
] as const;
