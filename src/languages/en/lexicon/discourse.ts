/** Words that open a sentence continuing the previous one: its figures keep that sentence's period. */
export const continuations = [
  "of this", "of which", "of these", "in particular", "specifically", "in detail", "in addition", "besides",
  "meanwhile", "similarly", "likewise", "breaking it down", "by sector", "in terms of", "regarding",
];

/** Lead-ins trimmed from the front of a subject. */
export const leadingFillers = [
  "of this", "of which", "of these", "in particular", "specifically", "in addition", "besides", "meanwhile",
  "similarly", "likewise", "breaking it down", "in terms of", "regarding", "as for", "for", "in", "during",
  "the", "a", "an", "while", "whereas", "and", "or", "but", "also", "with", "its", "their",
  "as of", "by", "at", "on", "to", "of", "that", "which", "where", "so", "then", "accordingly", "however",
  "worth", "valued at", "valued", "compared with", "compared to", "compared", "up from", "down from", "up", "down",
];

/** Words trimmed from the end of a subject: auxiliaries and verbs of the predicate. */
export const trailingFillers = [
  "is", "was", "were", "are", "has", "have", "had", "been", "has been", "have been", "be", "will", "would", "may", "might",
  "could", "also", "still", "only", "just", "the", "a", "an", "of", "in", "for", "to", "and", "by", "at",
  "with", "from", "on", "which", "that", "posted", "recorded", "saw", "achieved", "reported", "continued",
  "respectively", "this year", "last year", "so far", "in total", "overall", "alone",
];

/** Verbs that show a comma-separated segment is a clause of its own, not part of a list. */
export const clauseVerbs = [
  "rose", "increased", "grew", "fell", "declined", "decreased", "reached", "was", "were", "is", "are", "said",
  "reported", "announced", "stated", "according", "has", "have", "had", "posted", "recorded", "estimated",
  "continued", "expanded", "contributed", "contributing", "making", "accounting", "approved", "adopted", "passed",
];

/** Source attributions trimmed from the front of a clause: "According to the GSO,". */
export const sourceLeads = ["according to", "as reported by", "citing", "data from", "figures from"];

/**
 * Words no sentence, heading or cell stops on: a preposition, a conjunction, a copula waiting for
 * its complement. A line that ends with one was wrapped ("exports of\nVietnam").
 */
export const danglingWords = [
  "of", "in", "at", "to", "for", "from", "by", "with", "and", "or", "the", "a", "an", "than", "compared to",
  "against", "reached", "was", "were", "is", "are",
];

/** Sentence openings that sum up what came before: "In total, …". */
export const summaries = ["in total", "overall"] as const;

/**
 * Words that name nothing: a change or an attainment with only these (and punctuation, a day, a
 * year, a baseline, a verb of change) before it has no subject of its own, and is the measure's
 * before it ("…, up 5%", "…, fulfilling 96 percent of the plan").
 */
export const linkingWords = [
  "exceed", "exceeded", "exceeding", "exceeds", "surpass", "surpassed", "surpassing", "surpasses", "beat", "beating",
  "beats", "fulfil", "fulfill", "fulfilled", "fulfilling", "fulfils", "fulfills", "achieved", "achieving", "achieves",
  "meeting", "higher", "lower", "more", "less", "greater", "larger", "smaller", "and", "while", "whereas", "but", "or",
  "by", "only", "just", "respectively", "with", "the", "a", "an", "compared", "to", "than", "against", "was", "were",
  "is", "are", "at", "of", "in", "during", "for", "as", "which", "that", "also", "this year", "last year",
];
