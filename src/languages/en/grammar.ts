import { alternation, INDEX_BASE, madeOf, NEVER, startingWith, withCapitals, WORD_END, WORD_START } from "../../grammar/alternation.js";
import { MARKET_INDEX } from "../builders.js";
import type { Grammar } from "../language.js";
import { placePrefixes, places, placeSuffixes } from "./lexicon/areas.js";
import { changeAspects, changeVerbs, negativeContributionVerbs } from "./lexicon/changes.js";
import { baselines, ratioBaseNouns } from "./lexicon/comparisons.js";
import { clauseVerbs, continuations, danglingWords, leadingFillers, linkingWords, sourceLeads, summaries, trailingFillers } from "./lexicon/discourse.js";
import { qualifiers, statuses } from "./lexicon/qualifiers.js";
import { ageWords, namingWords, namingWordsAsWritten, numberWords, ordinalWords, rankLeads } from "./lexicon/numbers.js";
import { MONTH_NAME } from "./periods.js";
import { countingVerbs, durations, peopleWholes } from "./lexicon/units.js";
import { months, pricesAtDay, stockNouns } from "./lexicon/periods.js";

// "came second", "ranked third", "stood 5th": a place in a ranking, after what holds it.
const RANKED_AS = `(?:${alternation(rankLeads)})\\s+(?:${alternation(Object.values(ordinalWords).flat())}|next|\\d{1,3}(?:st|nd|rd|th))`;
const w = (words: string): string => `(?<![\\p{L}\\p{M}])(?:${words})(?![\\p{L}\\p{M}])`;
// "the target", "the plan": nouns that may be the very thing measured, so never trimmed from a subject.
const statusWords = Object.values(statuses).flat().filter((x) => !/^(?:target|targets|plan|goal|estimate)$/u.test(x));
const UP = alternation(changeVerbs.increase);
const DOWN = alternation(changeVerbs.decrease);
// "the annual plan", "the 2024 target", "the year’s goal".
const PLAN_OF = "(?:(?:19|20)\\d{2}\\s+)?(?:annual\\s+|yearly\\s+|full-year\\s+|year['’]s\\s+)?";
const NAME = "\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*){0,3}";
// "Thanh Hoa province", "Hai Phong city", "capital city of Hanoi", "Ho Chi Minh City".
const place = `${startingWith([...places, ...placePrefixes], "\\p{Lu}")}${WORD_START}(?:(?<known>${alternation(places)})(?:\\s+(?:${alternation(placeSuffixes)}))?|(?:${alternation(placePrefixes)})\\s+(?<named>${NAME})|(?!${w("The|This|That|A|An|Its|Their|Each|Every|In|At|On|For|By|From|Of")})(?<named2>${NAME})\\s+(?:${alternation(placeSuffixes)}))${WORD_END}`;

// "out of 63", "among the 34": how many places a ranking has, after a place in it.
const OUT_OF = String.raw`\s+(?:out\s+of|among)\s+(?:the\s+)?\d{1,3}(?![\d.,]?\d)`;

// "a total of 1,720 new enterprises": the "of" that introduces a figure, not a noun it describes.
const NOT_AFTER_TOTAL = "(?<!(?<!\\p{L})total\\s+)";

// The number words that count: two to nineteen, and the tens with a unit after them ("twenty-three").
const wordsOf = (from: number, to: number): string[] => Object.entries(numberWords).flatMap(([v, forms]) => (Number.isInteger(Number(v)) && Number(v) >= from && Number(v) <= to ? [...forms] : []));
const COUNTING_WORD = new RegExp(`^(?:(?:${alternation(wordsOf(20, 90))})(?:[-\\s](?:${alternation(wordsOf(1, 9))}))?|${alternation(wordsOf(2, 19))})$`, "iu");

/** The English phrasings the pipeline stages look for, each with what it accepts. */
export const grammar: Grammar = {
  // ── figures ──
  // "Decree No. 31", "No 5", "Article 12", "Resolution 68", "page 4", "at 9": a document, a clause or
  // a clock (also after a colon: "Hotline: 1900", "Address: 26 …"); "aged 15 and above", "aged
  // between 15 and 24", "aged 15 to 24": ages that bound a group; "(2019 = 100)": the base of an index.
  notAFigureBefore: new RegExp(`(?:${alternation([...withCapitals(namingWords), ...namingWordsAsWritten, ...withCapitals(ageWords)])}|(?:${alternation(withCapitals(ageWords))})\\s+\\d{1,3}\\s+(?:and|to)|${INDEX_BASE})[ \\t]*(?::[ \\t]*)?$`, "u"),
  // "the April 30 celebrations", "since July 1": a month's name, capitalised, before the day of it.
  dayOfMonthBefore: new RegExp(`(?<![\\p{L}])(?:${alternation(Object.values(months).flat())})\\.?[ \\t]+$`, "u"),
  // "of 10 groups", "in 3 rounds": a number after a preposition describes a noun no lexicon lists
  // (not "a total of 1,720 new enterprises": the figure).
  describingBefore: new RegExp(`${NOT_AFTER_TOTAL}${w("of|in|among|within|from|on|between|through|after|before|each|every|per")}\\s*$`, "iu"),
  // "of 8 districts": a count after a genitive, describing a noun.
  genitiveBefore: new RegExp(`${NOT_AFTER_TOTAL}${w("of")}\\s*$`, "iu"),
  // "the number of doctors per 10,000 people reached 12.5": the number a rate is counted against.
  perBefore: new RegExp(`(?<=[\\p{L}\\p{M}][ \\t]+)${w("per")}\\s*$`, "iu"),
  // Words between a figure and the next predicate with no verb and no clause break: one noun phrase.
  subjectOnly: new RegExp(`^(?:(?!${w("is|are|was|were|has|have|had|rose|fell|increased|decreased|reached|grew|accounted")})[^.;:()])*$`, "iu"),
  // "top 25", "ranked 12th", "No. 3": a place in a ranking.
  rankBefore: /(?:top|ranked|ranking|ranks|rank)\s*$/iu,
  // "ranked 5th … and 11th in …": the mark of an ordinal after its digits, which makes a place in a
  // ranking of a number listed after another place.
  ordinalAfter: /^(?:st|nd|rd|th)(?![\p{L}\p{M}\p{N}])/u,
  // English marks an ordinal after its digits only.
  ordinalBefore: NEVER,
  // "plans to reduce the poverty rate by 1.5 percentage points", "raise coverage by 2 points",
  // "reducing the overall rate by 0.3 percentage points": a verb of change before its object, the
  // figure after "by" (group down, up, or away: what a part takes from the whole's growth).
  changeOfObject: /(?<![\p{L}\p{M}])(?:(?<away>reducing|lowering|subtracting|dragging\s+down)\s+(?:the\s+)?(?:overall|total|general|headline)(?![\p{L}\p{M}])|(?<down>reduc(?:e|es|ed|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)?|bring(?:s|ing)?\s+down|brought\s+down)|(?<up>rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|boost(?:s|ed|ing)?|lift(?:s|ed|ing)?))\s[^,;.()]{1,80}?\s+by(?:\s+\p{L}+){0,2}\s*$/iu,
  // "5th out of 63 provinces and cities in the growth rate of tourism revenue", "third nationwide in
  // exports": after a place in a ranking, what the ranking is of (the words up to a clause's end).
  rankAspect: new RegExp(
    String.raw`^(?:${OUT_OF}(?:\s+[\p{L}\p{M}-]+){0,5}?)?(?:\s+(?:nationwide|in\s+the\s+country))?\s+(?:in|for|on)\s+(?:the\s+)?(?:terms\s+of\s+(?:the\s+)?)?(?<aspect>(?!(?:19|20)\d\d\s*(?:[,;.()]|$))[^,;.()\n]{3,80}?)(?=\s*(?:[,;.()]|$)|[ \t]*\n|\s+(?:and|while|with|after|thanks|but|up|down)\s)`,
    "iu",
  ),
  // "9 of the 34 provinces": between a part and its whole, whose noun the part counts.
  partOfWhole: /^\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|all\s+)?\d{1,3}(?:,\d{3})*(?![\d.,]?\d)/iu,
  // "513 of them in mathematics": a part of the things counted just before.
  partOfThem: /^\s+of\s+(?:them|these|those|which)(?![\p{L}\p{M}])/iu,
  // "Of these, 1,104,315 were grade 12 students", "43 are model new-rural communes": a copula
  // between a bare number and the noun it counts.
  countNamedAfter: /^\s+(?:were|are)\s+(?=\p{Ll})/u,
  // "points" alone, which a change reads as percentage points and a level as a score ("PCI of 72.35 points").
  pointsOnAScale: /^points?$/iu,
  // "5th out of 63 provinces", "5th among 34 localities": how many places the ranking has.
  rankOutOf: new RegExp(`^${OUT_OF}`, "iu"),
  // "-2.9", " to 60", "–7", "(between 55) and 60": the high end of a range.
  rangeJoin: /^\s*(?:[-–]|to|and(?=\s*\d))\s*(\d+(?:[.,]\d+)*)/u,
  // "by 2.4 hours": a span of time after a number, which no percentage near it gives a unit to.
  durationAfter: new RegExp(`^\\s*(?:${alternation(durations)})${WORD_END}`, "iu"),
  // "2 million and a half": half of the scale before it.
  halfOfScale: /^ and a half(?![\p{L}\p{M}])/u,
  // "from 2,104 households to 1,672", "from 6 percent to 9 percent": a change from one figure to the next.
  fromTo: /^\s*(?:(?<up>up\s+to|rising\s+to|increasing\s+to)|(?<down>down\s+to|falling\s+to|dropping\s+to|declining\s+to)|to)\s*$/iu,
  // English writes a time of day with no "hours" ("at 4 pm", "16:00").
  timeOfDayAfter: NEVER,
  // "(Unit: US$ million)", "Unit: tonnes" opening a line: a note naming the unit of the table rows
  // below it; the unit starts where it ends.
  // "(except exports and imports: US$ million)" after a note's unit: the rows named take another.
  unitNoteException: /^[^()]*\(\s*(?:except(?:\s+for)?|excluding|but)\s+(?<items>[^():]+?)\s*:\s*/iu,
  // "exports, imports and the trade balance": between the names of a list, as a note's exception lists them.
  namesApart: /\s*(?:[,;]|\s(?:and|or)\s)\s*/u,
  unitNote: /(?:\(|^|\n)[ \t]*units?\s*:\s*/iu,
  // "between 55 and 60%", "from 55 to 60%": a range opened by "from" or "between".
  rangeFrom: /(?:from|between)\s*$/iu,
  // "up from the record 15.5 million of 2024", "compared with 3.1 percent in": a period after these
  // is another period's, the one a figure is compared with.
  pastValueBefore: /(?<![\p{L}\p{M}])(?:(?:up|down|rising|falling|increasing|decreasing|higher|lower)(?:\s+(?:slightly|sharply|marginally))?\s+from|compared\s+(?:with|to)|versus)(?![\p{L}\p{M}])(?:[^,;.()]|[.,](?=\d)){0,40}$/iu,
  // ", Nghe An 9 and Lao Cai 6" after "Thanh Hoa recorded 15 deaths": a name, then a figure whose
  // verb and noun are the first's; the name may have "of" inside and brackets after ("the Republic
  // of Korea 11,900", "Taiwan (China) 44,700").
  gappedName: /^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}\p{M}'’.-]*){0,3}(?:\s*\([^()\d]{1,30}\))?\s+$/u,
  // ", and imports" after "exports rose 5.2% (to US$410 billion)": the subject of a second clause
  // whose verb of change goes without saying.
  gappedSubject: /^\s*(?:,\s*(?:(?:and|while|whereas|but)\s+)?|\s+(?:and|while|whereas|but)\s+)(?:the\s+)?[\p{L}\p{M}'’-]+(?:\s+[\p{L}\p{M}'’-]+){0,3}\s+$/iu,
  // "up 17.3% from US$10.57 billion", "compared with 1,266.78 points", "3.2 times the 3.7 million":
  // after a level's change, the value it changed from.
  valueAfterChange: /^[\s,]*(?:(?:from|over|compared\s+(?:with|to)|against)\s+(?:(?:a|an|the)\s+)?|the\s+)(?:(?:about|around|nearly|almost|roughly|just\s+over|over)\s+)?$/iu,
  // ", up from", ", down slightly from", ", compared with": between a level and its value in another
  // period; "(2022: 92.04%)": a period labelling it in brackets (the period itself blanked out).
  baselineValueLead: /^[\s,;(]*(?:(?:(?:slightly|sharply|marginally)\s+)?(?:(?:(?<up>up|rising|increasing|higher)|(?<down>down|falling|decreasing|declining|dropping|lower))(?:\s+(?:slightly|sharply|marginally))?\s+from|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:(?:a|an|the)\s+(?:record\s+)?)?|(?<=\((?:\s*in)?\s+)(?<periodLabel>:)\s*)(?:(?:about|around|nearly|almost|roughly|over|more\s+than|just)\s+)?$/iu,
  // "fell from 3.4 to 2.9 percent": a verb of change before "from" makes "to" the level reached, no range.
  changeFrom: new RegExp(`${w(`${UP}|${DOWN}`)}\\s+from\\s*$`, "iu"),
  // " a tonne", " per kg", " each": a rate per one unit.
  perEach: /^\s+(?:a|an|per|each)\s+/u,
  // "per 10,000 people", "per 1,000 live births", "per US dollar": the denominator of a rate, with
  // its own number when it has one (group 1) and its words (group 2).
  perDenominator: /^\s+per\s+((?:\d+(?:[.,]\d+)*\s+)?)([\p{L}\p{M}][\p{L}\p{M}\d²³-]*(?:\s+[\p{L}\p{M}][\p{L}\p{M}\d²³-]*){0,2})/u,
  // "5 groups mentioned above": a count that refers back.
  referBack: new RegExp(`^\\s*${w("above|mentioned|aforementioned|said")}`, "u"),
  // Words that end a rate's denominator: "/worker, up", "per kg higher than".
  perStop: /\s+(?:up|down|rose|fell|increased|decreased|reached|is|was|and|compared|against|over|than|higher|lower|more|less|of|in|at|from|by|on|for|\d)(?![\p{L}\p{M}])/iu,
  // Where a noun phrase after a figure stops: punctuation, a digit, a verb, a preposition or a joint.
  nounPhraseStop: new RegExp(`[,;:.()"“”!?…\\n–/]|-(?![\\p{L}\\p{M}])|(?<![\\p{L}\\p{M}])-|\\d|${w(`${UP}|${DOWN}|is|are|was|were|has|have|had|will|would|and|or|but|while|as|of|in|on|at|by|for|from|to|with|into|than|compared|against|over|under|accounting|making|contributing|which|that|this|these|those|respectively|due|thanks|according|during|since|year-on-year|y-o-y|worth`)}`, "iu"),
  // Where the words describing a figure ("US$8 billion in public investment,") stop.
  describedStop: new RegExp(`[,;:.()"“”!?…\\n]|\\d|${w(`${UP}|${DOWN}|is|are|was|were|has|have|had|will|compared|against|accounting|making|contributing|equivalent|while|but|and`)}`, "iu"),

  // ── roles ──
  // "economic growth reached 8.1%": a subject that is itself a growth.
  growthNoun: new RegExp(w("growth|growth rate|growth rates|increase|rise|expansion|growing|grew"), "iu"),
  declineNoun: new RegExp(w("decline|decrease|drop|fall|contraction"), "iu"),
  // Copulas after which a growth subject's percentage is the growth: "was", "reached", "at".
  growthCopula: /^(?:was|were|is|are|reached|hit|stood at|at|of|came in at|amounted to)$/iu,
  // A verb saying down.
  decreaseWord: /fell|fall|declin|decreas|drop|down|shr[ai]nk|contract|lower|less|fewer/iu,
  // "a rise of", "growth of": a level of change, often a baseline's.
  changeLevelVerb: /^(?:a rise of|an increase of|growth of|a growth of)$/iu,
  // "equalled 81.7%", "equal to": the level as a share of something.
  shareVerb: /equal|equivalent/iu,
  // "compared with growth of 0.55%", "higher than the 7.46% increase": describing another period's change.
  baselineDescription: /(?:compared\s+(?:to|with)|than|against|versus)\s+(?:the\s+|a\s+)?(?:growth\s+of|increase\s+of|rise\s+of)?\s*$/iu,
  // " of the plan", " of the target", " year-on-year": a baseline right after a percentage.
  // "outstanding loans", "deposits", "the pig herd": an amount counted at a day, not over the months
  // up to it; "interest rates", "exchange rate": a price at a day (not an average over the months).
  stockSubject: new RegExp(w(`${alternation(stockNouns)}|(?<!average\\s)(?:${alternation(pricesAtDay)})`), "iu"),
  // "since the start of the year": what is added up over the months since January, a flow whatever it is of.
  cumulativeWords: /(?<![\p{L}\p{M}])(?:since\s+the\s+(?:start|beginning)\s+of\s+the\s+year|so\s+far\s+this\s+year)(?![\p{L}\p{M}])/iu,
  // "the bad debt ratio": a rate, counted at a day when the text names one, or over the months before it.
  rateSubject: /(?<![\p{L}\p{M}])(?:ratios?|rates?)(?![\p{L}\p{M}])/iu,
  // "reducing 0.2 percentage points of the overall growth": a contribution that takes away.
  negativeContribution: new RegExp(`^(?:${alternation(negativeContributionVerbs)})$`, "iu"),
  // "reaching 104% of the target", "was 55% of the annual plan": a level verb before a percentage of a plan.
  ofPlanAfter: new RegExp(`^\\s*of\\s+(?:the\\s+|its\\s+|their\\s+)?${PLAN_OF}(?:plans?|targets?|goals?|estimates?)(?![\\p{L}])`, "iu"),
  planAfter: new RegExp(`^\\s*(?:\\)\\s*)?(?:,\\s*)?(?:compared\\s+(?:to|with)\\s+|against\\s+|over\\s+|of\\s+)?(?:the\\s+|its\\s+|their\\s+)?(?:(?:figure|level|total)\\s+(?:in|for|of)\\s+(?:the\\s+)?)?${PLAN_OF}(?:plan|target|goal|estimate|same\\s+period|previous\\s+year|year-on-year|y-o-y)`, "iu"),
  // "41.1 percent higher than the same period of 2023", "1.9 percent more than a year ago": a
  // change stated by a comparative after the figure, with no verb.
  // "a 9.4% increase over 2023", "a 2.5 percent drop": a noun of change after the figure.
  changeAfter: /^\s+(?:(?:(?<up>higher|more|greater|larger|up)|(?<down>lower|less|fewer|smaller|down))(?:,?\s+respectively,?)?\s+(?:than|from|on|over|against|compared)|(?<up2>increase|rise|gain|jump|hike)|(?<down2>decrease|decline|drop|fall|reduction|contraction|dip))(?![\p{L}])/iu,
  // "exceeded the plan by 15%": exceeding a plan.
  exceedBefore: new RegExp(`(?:exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|beat(?:ing|s)?)(?:\\s+(?:the\\s+|its\\s+)?${PLAN_OF}(?:plan|target|estimate|goal)(?:\\s+by)?)?\\s*$`, "iu"),
  // "exceeding the estimate by 18 percent": the plan named before the amount it was exceeded by.
  planBeforeBy: new RegExp(`(?:${alternation(baselines.plan)})\\s+by\\s*$`, "iu"),
  // A target given as a plan value of the figure before: English texts state targets as records of their own.
  // "…, exceeding the target of 7%", "…, against a goal set at 6.5%", "(target: 95%)".
  targetWords: /(?<![\p{L}])(?:target|goal|plan)\s*(?:(?:of|is|was|set\s+at|at)\s*|:\s*)(?:VND|USD|US\$|\$|€)?\s*$/iu,
  targetFillers: /(?<![\p{L}])(?:while|and|the|an|a|target|plan|goal|set|at|is|was|of|for|year|exceeding|surpassing|beating|above|below|against|vnd|usd|us|\d{4})(?![\p{L}])/giu,
  // "this rate was 97.79% in 2011": the same measure in another period.
  anaphor: /(?:this|that|the same)\s+(?:rate|figure|ratio|number|index|value)\b/iu,
  // "with turnover of over $1 billion": a relative clause describing counted things.
  relativeClause: new RegExp(w("with|having|that have|which have"), "iu"),

  // ── periods ──
  // "due to ... in March", "Since April": a cause or a start, not the figure's period. ("from" only
  // right before it: "Revenue from tourism in the first nine months" is the nine months'.)
  causalBefore: new RegExp(`(?:${w("due to|because of|since|starting from|as of")}[^,.;]*|${w("from")}\\s*(?:the\\s+)?)$`, "iu"),
  // "at constant prices of 2010": the base year of constant prices, not a period of the figure.
  priceBaseBefore: /at\s+constant\s+prices\s+(?:of\s+)?$/iu,
  // "… US$132 billion in 2024": a period right after its figure.
  // "in 2024", ", 2024", "at end-September 2025", "at the end of June".
  periodAfterGap: /^\s*(?:(?:in|during|for|of|over)(?:\s+the)?|at\s+(?:the\s+)?end(?:\s+of|\s*-)|,)?\s*$/iu,
  // "462,000 passengers in the seven months", "VND 6.3 trillion of public capital by October 31": a
  // period later in its figure's clause, the counted thing between them, when a preposition of time
  // puts it there.
  periodInClause: /(?:^|\s)(?:in|during|over|by)(?:\s+the)?\s*$/iu,
  // "rose 10 percent in 2015", "grew 8 percent this year": the period right after a change is the
  // change's own, unless it is a starting point ("since 2015"; a baseline after "from" or "over" is
  // a baseline already).
  ownPeriodAfterChange: /^(?!since\b)/iu,
  // "exports of", "compared to": a line ending on a word no sentence stops on goes on below.
  dangling: new RegExp(`${WORD_START}(?:${alternation(danglingWords)})$`, "iu"),
  // "Of this", "Specifically", "In particular": a sentence that continues the one before.
  // English writers go on with the part after "In October alone, …" as often as not: no aside.
  singledOut: NEVER,
  continuation: new RegExp(`^(?:${alternation(continuations)})(?![\\p{L}])`, "iu"),

  // ── comparisons ──
  // What may stand between a figure and its baseline: ") ,", "in value", "times higher".
  // "rose 6.82 percent, compared with 4.24 percent …", "up from 6.93 percent": the rate another
  // period grew by, named after a growth.
  comparedRate: /^[\s,;]*(?:compared\s+(?:with|to)|up\s+from|down\s+from|from|against|versus|vs\.?|(?:higher|lower|faster|slower)\s+than(?:\s+the)?|than(?:\s+the)?)\s*$/iu,
  // "31 percent of the annual plan": what joins a figure to a baseline named without a comparator.
  baselineLink: /^\s*(?:of\s+(?:the\s+(?:figure|level|total)\s+(?:in|for|of)\s+)?)?$/iu,
  gapToBaseline: /^[\s,)]*(?:(?:in|by)\s+[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?\s*)?(?:higher|lower|more|less|larger|smaller|bigger)?[\s,]*$/u,
  // "rose compared to the same period": a change stated without a figure.
  bareChange: new RegExp(`(?:${UP}|${DOWN}|higher|lower|more|less)\\s*$`, "iu"),
  // "met the plan", "surpassing the target": attainment stated without a figure.
  barePlan: /(?:met|meet|meeting|achieved|achieving|fulfilled|fulfilling|exceeded|exceeding|surpassed|surpassing|missed|missing|fell short of)\s*$/iu,
  exceedWord: /exceed|surpass/iu,
  // A stretch with no subject of its own: punctuation, joints, predicate words and a year ("in 2024, up 5%").
  // (With a day of its own: "VND25,120 per US dollar on September 30, up 1.8 percent"; with a
  // participle of attainment: "US$4.1 billion, fulfilling 96 percent of the plan".)
  filler: madeOf(["[\\s,;:()\\-–]+", `(?:on\\s+)?(?:${MONTH_NAME})\\.?\\s+[0-3]?\\d(?:st|nd|rd|th)?(?!\\d)`, `(?:${UP}|${DOWN}|${alternation(linkingWords)})${WORD_END}`, "(?:19|20)\\d{2}", "\\.\\.\\.", "…"]),
  comparatorWord: /(?:compared\s+(?:to|with)|against|versus|than)\s*/giu,
  // "in volume, but": the aspect of the change before.
  aspectLead: /^\s*in\s+(?:the\s+)?(?:volume|value|quantity|number|turnover)\b.*?(?:[,;]|\s(?:and|but)(?=\s|$))/iu,
  aspects: changeAspects,
  // "up 12.7% in the number of enterprises and …": the words of the aspect right after a change.
  aspectAfter: /^\s*in\s+(?:the\s+)?(?:number\s+of\s+)?(?<words>[^,;.()]+?)(?=\s*(?:[,;.)]|$)|\s+(?:and|but|compared|from|over|against|on|year)\s)/iu,
  // "equivalent to US$4,521": a level restating the one before.
  equivalentVerb: /^(?:equivalent to|equal to|or|equalling|equaling)$/iu,

  // ── subjects ──
  place: new RegExp(place, "gu"),
  placeWhole: new RegExp(`^(?:${place})$`, "u"),
  // "In Hanoi,", not "In December 2025," nor "In March,".
  leadPlace: new RegExp(`^(?:In|At)\\s+(?!(?:${MONTH_NAME}))(?<place>\\p{Lu}[^,;:\\d]{1,40}?)\\s*,`, "u"),
  placeLead: /^\s*(?:in|at)\s+(.+)$/iu,
  // "the province aims to raise …": who strives for a target is no part of what is measured.
  actorLead: /^(?:[\p{L}\p{M}]+\s+){1,3}?(?:aims?|plans?|strives?|targets?)\s+to\s+(?=\S)/iu,
  // "The OECD projects …", "HSBC sees …", "IMF staff expect …": who forecasts the figure, before
  // what it is about ("FDI projects in the province" is a noun, and goes on with no such object).
  forecasterLead: /(?:^|(?<=,\s))(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}'’.&-]*\s+){1,5}(?:staff\s+|economists\s+|analysts\s+)?(?:projects?|expects?|forecasts?|predicts?|sees?)\s+(?!(?:in|of|at|for|from|to|with|by|on|and|were|was|are|is|has|have|had|that)(?![\p{L}\p{M}]))(?=\S)/u,
  leading: new RegExp(`^(?:${alternation([...leadingFillers, ...statusWords])})${WORD_END}[\\s,:]*`, "iu"),
  // Sticky, tried only at the last few word starts: see trimSubject.
  // (And a place in a ranking said of the subject: "Telephones came second with US$53.7 billion".)
  trailing: new RegExp(`(?:${alternation([...trailingFillers, ...statusWords, "so far this year", "in the period", "in total"])}|${RANKED_AS})$`, "iuy"),
  source: new RegExp(`^(?:${alternation(sourceLeads)})\\s+[^,]{1,60},\\s*`, "iu"),
  sourceLead: new RegExp(`^\\s*(?:${alternation([...sourceLeads, "broken down by"])})${WORD_END}`, "iu"),
  clauseVerb: new RegExp(`${WORD_START}(?:${alternation(clauseVerbs)})${WORD_END}`, "iu"),
  // Words blanked inside a subject: they belong to comparisons and periods.
  subjectNoise: new RegExp(w("compared to|compared with|against|year-on-year|y-o-y|on-year|so far|in total"), "giu"),
  listJoin: /\s(?:and|as well as)\s/u,
  listSplit: /\s*(?:,\s*and\s|,|\sand\s)\s*/u,
  nameJoin: /^.*\s(?:and|or|including|such as)\s/u,
  verbAtEnd: new RegExp(`(?:${UP}|${DOWN}|reached)$`, "u"),
  // "down 14 cases, or 10.4%", "up 25 enterprises (8.5%)": between an amount of change and the same change in percent.
  changeInPercentToo: /^\s*(?:\(|,?\s*(?:or|i\.e\.|equivalent\s+to)\s+|,\s*)$/iu,
  // "A and B were X and Y respectively": English says it after the figures, not before.
  respectively: NEVER,
  // "The A, B and C sectors grew 3.2, 8.19 and 6.95 percent, respectively": after the figures.
  respectivelyAfter: /\brespectively\b/iu,
  // "Singapore and South Korea with shares of 14.6% and 13.1%, respectively": the measure the parts share.
  respectiveMeasure: /\s+with\s+(?:an?\s+|the\s+)?(?<measure>[^,;]+?)(?:\s+of)?$/iu,
  // "… were 7.1, 0.52 and 6.73 per cent, respectively": the word that pairs the figures with a list.
  respectivelyWord: /\brespectively\b/iu,
  // "arrivals from Poland and Italy", "revenue and profit of state firms": a word that links a noun
  // to what it is of, which the parts of a list can share.
  listLink: /\s(?:of|from|in|at|for)\s/giu,
  // "rice and coffee exports": the last part's last word, a common noun the other parts share (not
  // a participle: "Thanh Chương and Nghi Lộc leading at …").
  sharedTail: /\s(?<tail>\p{Ll}[\p{L}-]*)(?<!ing|ed)$/u,
  anaphorEnd: /(?:^|\s)(?:this|that)$/u,
  // "It rose 5 percent", "they were up 3 percent": a subject that stands for the one before.
  pronoun: /^(?:it|they|this|these|that|those)$/iu,
  anaphorStop: new RegExp(`${w("was|were|is|are|has|have|had|reached|rose|fell|increased|decreased")}|[,.;:]`, "u"),
  // "accounting for a share of 40%", "with a rate of 40%": a verb carrying the noun of an attribute.
  attributeNoun: /(?:^|\s)(share|proportion|rate)(?:\s+of)?$/u,
  attributeOwn: /^(?:accounting for|accounted for|making up|made up|with)\s+(?:a\s+|the\s+)?(.+)$/u,
  // "each visitor spent": a rate per head named before the figure.
  perEachBefore: /(?:^|\s)(?:each|every|per)\s+([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?)$/u,
  spendVerbAtEnd: /\s+(?:spent|spends|paid|pays|earned|earns)$/u,
  copula: /^(?:reached|reach|reaching|hit|hitting|was|were|is|are|stood at|standing at|ranged|ranging|took|takes|totalled|totaled|totalling|totaling|total|amounted to|amounting to|came in at|came to|at|of|with|equal to|equivalent to|accounted for|accounting for|made up|making up|represented|representing|had|has|have|ranked|ranking|ranks|placed|finished)$/iu,
  // "higher than the national average and ranked 9th": a comparison between two figures, no subject.
  comparisonLead: /^(?:higher than|lower than|more than|less than|(?:up|down)\s+\d+\s+(?:places|notches|positions))(?![\p{L}\p{M}])/iu,
  existential: /^(?:had|has|have|with|including|included|includes)$/iu,
  shareVerbs: /^(?:accounted for|accounting for|accounts for|made up|making up|makes up|represented|representing|represents|equal to|equivalent to)$/iu,
  // "accounting for 70% of the population": a part of a whole named after it.
  partVerb: /^(?:accounted for|accounting for|accounts for|made up|making up|makes up|representing|represented)$/iu,
  // Heads that name an attribute and need an owner: "registered capital", "turnover", "the rate"; a
  // measure of a thing alone ("output", "a yield": "rice output" names its own).
  genericHead: /^(?:(?:the\s+|total\s+)?(?:capital|registered capital|turnover|revenue|value|rate|share|number|amount|volume)(?:\s+[\p{L}\p{M}]+){0,2}|(?:the\s+|total\s+|an?\s+)?(?:output|production|yield|area|capacity))$/iu,
  changeTail: new RegExp(`\\s+(?:${UP}|${DOWN})\\s.*$`, "u"),
  // "in 16 sectors", "of 106 countries": a count belonging to the one before.
  countLink: /^\s*(?:in|of|for|across)\s*$/u,
  // "accounting for 81%, which is": the share's whole after "which is".
  // "… of the total", "US$3.5 billion in FDI", "$4.7 billion worth of FDI": the words after name
  // what the figure is of or in.
  isAfter: /^\s*(?:of|is|worth\s+of|in(?=\s+(?:\p{Ll}|\p{Lu}{2,}(?![\p{L}\p{M}]))))\s/u,
  // After a verb no lexicon lists ("allocated VND75 trillion to the poverty programme", "spent
  // $400 million on share purchases"): what the sum went to names it.
  objectAfter: /^\s*(?:to|on)(?=\s+(?:the\s+)?\p{Ll})\s/u,
  // After "three times": what makes it a ratio, not a count of occasions ("visited three times").
  ratioFollows: new RegExp(`^\\s+(?:${alternation(ratioBaseNouns)}|higher|more|larger|greater|bigger|faster|as\\s+(?:much|many|high|large))(?![\\p{L}])`, "iu"),
  // "12 districts disbursing over 70%": the bound of the class a count counts (a qualifier of a bound).
  classBound: new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation([...qualifiers.over, ...qualifiers.under, ...qualifiers["at least"], ...qualifiers["at most"]])})\\s*$`, "iu"),
  // "45 cooperatives earned a combined revenue of over VND300 billion", "96 dossiers worth over
  // VND2.7 billion": an amount that a word says is the total of the things counted, or theirs together.
  totalWord: /(?<![\p{L}\p{M}])(?:total|totalling|totaling|combined|aggregate|worth|with)(?![\p{L}\p{M}])/iu,
  // English names the plan of an attainment ("or 45 per cent of the plan"): a bare one is a share.
  bareAttainmentVerb: NEVER,
  // ", earning US$105 million", ", bringing the five-month total to …": the same thing as the figure before.
  participleOfSame: /^(?:earning|fetching|generating)$|^(?:bringing|raising|lifting|pushing)\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:total|tally|figure|sum|amount|volume|value)(?:\s+to)?$/iu,
  // Number words that only count, before a noun ("three key projects", "Seventeen communes",
  // "twenty-three companies"): not "one" (a pronoun), "half".
  countingWord: COUNTING_WORD,
  // English needs no verb before one ("three key projects"), only no determiner or hyphen, where
  // the number describes the noun: "the three largest markets", "its two plants", "under-five".
  countingWordLead: /(?<!\b(?:the|its|their)\s+|-)$/iu,
  // "the figure", "this number": a subject that only points back at the figure before.
  pointingNoun: /^(?:(?:the|this|that)\s+)?(?:figure|number)$/iu,
  ofWord: "of",
  versusWord: "of",
  // Status scope: "of which" lists parts of an estimate; "and" joins figures of one verb.
  partsFollow: new RegExp(w("of which|including|of this"), "iu"),
  joinedByAnd: new RegExp(`^[^,;.]*${w("and")}\\s*$`, "u"),
  ownPredicateAtEnd: new RegExp(`${w("reached|was|were|is|are")}\\s*$`, "u"),
  // "has reached", "achieved": a result, which ends a list of targets.
  // "up 5 percent", "compared to 2023": the start of a change or a comparison, no clause of a counted noun.
  changeLead: new RegExp(`^${w(`${UP}|${DOWN}|up|down|compared|against|than|accounting|making|equal`)}`, "iu"),
  // "targets growth of 10 percent for 2025": a year a target is set for, later than the report's.
  targetYearBefore: new RegExp(`${w("aims?|aiming|targets?|targeting|strives?|plans?|expects?|forecasts?|projects?")}[^.;]{0,60}$`, "iu"),
  // "aims to", "targets": words that set targets for a whole sentence, over its semicolons.
  targetLead: new RegExp(w("aims?|aiming|targets?|targeting|strives?|seeks?|plans?\\s+to|expects?"), "iu"),
  pastMarker: new RegExp(w("has reached|have reached|achieved|recorded|posted"), "iu"),
  // "dated June 27, 2024", "on 27 June": a day before a month makes a date, not a period.
  dayBefore: /(?:\bon\s+|\bdated\s+)?\d{1,2}(?:st|nd|rd|th)?\s*$/iu,
  // "December 27, 2024", "Dec. 27, 2024", "27 December 2024", "2024-12-27", "27/12/2024": a date with
  // its year, as an article or a release is dated.
  fullDate: new RegExp(
    `(?<!\\d)(?:${MONTH_NAME}\\s+[0-3]?\\d(?:st|nd|rd|th)?,?\\s+|[0-3]?\\d(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+|[0-3]?\\d\\s*[/.-]\\s*[01]?\\d\\s*[/.-]\\s*)(?<year>(?:19|20)\\d{2})(?!\\d)|(?<year2>(?:19|20)\\d{2})-[01]\\d-[0-3]\\d(?!\\d)`,
    "u",
  ),
  // "Asian Development Outlook December 2025": a heading dated by its month, with no figure of its own.
  issueMonth: new RegExp(`^[^\\d]*?${MONTH_NAME}\\s+(?<year>(?:19|20)\\d{2})(?!\\d)[^\\d]*$`, "u"),
  // "excluding price factors", "in real terms": all a clause says before a growth of the measure
  // before it, at constant prices; the first group is the words a subject keeps.
  realTermsLead: /^((?:(?:after\s+)?excluding\s+(?:the\s+)?(?:price\s+(?:factors?|effects?|changes)|inflation)|(?:in\s+)?real\s+terms|(?:at\s+)?constant\s+prices))(?:\s*,\s*(?:they|it|the\s+figure))?$/iu,
  // "…, and of women 62.8%", "; in rural areas it was 33.3 million": the other part of the measure
  // before, its head left out: a clause that opens with the preposition that measure's subject used.
  elidedPart: /^(?:and\s+|while\s+)?(?<prep>of|in|for|among)\s+(?<rest>[^,;:()\d]{1,40}?)(?:\s+(?:it|they))?\s*$/iu,
  // "Value change (%)", "Growth (%)", "y/y (%)": a table's column of changes of the amounts beside it.
  // "Table 2.", "Table 3:": the number a table's caption opens with, no words of what it holds.
  captionNumber: /^\s*(?:table\s+[\dIVX]+[a-z]?\s*[.:–-]?|(?:\d{1,2}|[IVX]{1,4})[.)])\s*/iu,
  // "Retail sales by province in the first half of 2026" without its period: "in the" left at the end.
  captionTail: /(?:\s+(?:and|in|of|for|during|over|the))+\s*$/iu,
  // "(*) Estimated.", "Note: figures for 2026 are preliminary.": a line that annotates the table above it.
  tableNote: /^[ \t]*(?:\(\*+\)|\*+|notes?[ \t]*:)/iu,
  // "(capital in US$ million; change in %)" over a table: the columns a part of the brackets names, and their unit after it.
  columnUnitPart: /^\s*(?<name>[^:;]+?)\s+in\s+(?=\S)/iu,
  // "Unit", "Unit of measure": a table's column that names each row's unit ("Million units", "Tonnes").
  unitColumn: /^\s*(?:units?(?:\s+of\s+measure(?:ment)?)?|uom)\s*[:.]?\s*$/iu,
  changeColumn: /(?<![\p{L}\p{M}])(?:change|growth|y\/y|yoy|year-on-year)(?![\p{L}\p{M}])/iu,
  // "Actual Oct 2026": a column of what was done in its period, which names no measure.
  actualColumn: /(?<![\p{L}\p{M}])(?:actuals?|reali[sz]ed)(?![\p{L}\p{M}])/iu,
  // "average maturity", "the processing time": a noun of time that names the span after it
  // ("12-month term" names it before, so "term" is none).
  durationSubject: new RegExp(`${w("time|duration|maturity|length of stay|life expectancy")}[^,;.:()]*$`, "iu"),
  // No English word after which a qualifier is part of the subject.
  qualifierInNoun: NEVER,
  // A name whose last word is spelled like an article ("Nghe An", "Long An", "Group A") keeps it.
  nounEndingInFiller: /\p{Lu}[\p{L}\p{M}'’-]*\s+An?$/u,
  // "the number of accidents", "total exports": words that say "the amount of".
  amountLead: /^(?:the\s+)?(?:total\s+number\s+of|number\s+of|amount\s+of|volume\s+of|total)\s+/iu,
  // "The VN-Index closed at 1,486.32 points": points of a market index are its value, no score.
  marketIndex: MARKET_INDEX,
  // "The number of vessel arrivals … was 110,000", "In 2024 the total number of …": a subject that
  // counts things ("a number of" only says "several").
  // "the consumer price index stood at 118.6", "CPI reached 104.5": a subject that is an index makes a bare number its value.
  indexSubject: /(?<![\p{L}\p{M}])(?:index|CPI|IIP|PPI|PMI)(?![\p{L}\p{M}])/iu,
  // "average registered capital per enterprise": the thing a subject's amount is per.
  perInSubject: /(?:average|mean)\b[^,;]*?\s(?:per|for\s+each)\s+(?<per>\p{L})/iu,
  countSubject: /(?<![\p{L}\p{M}])(?<!\ba\s+)(?:the\s+)?(?:total\s+)?number\s+of\s+\p{L}/iu,
  // "the urban population was 38.93 million": a whole made of people, counted in millions.
  // (Not "the employment rate", "the labour force participation ratio": a rate of them.)
  peopleSubject: new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation(peopleWholes)})(?![\\p{L}\\p{M}])(?!\\s+(?:participation\\s+)?(?:rates?|ratios?|shares?|index))`, "iu"),
  // "women numbered 51.20 million": a verb that states its figure as a count.
  countingVerb: new RegExp(`^(?:${alternation(countingVerbs)})$`, "iu"),
  // "In total, …", "Overall, …": a sentence that sums up the one before.
  summary: new RegExp(`^(?:${alternation(summaries)})(?![\\p{L}])`, "iu"),
  // "remained stable", "unchanged": no change.
  unchangedWord: /stable|unchanged|flat/iu,
  // "In the five-day holiday, …", "After 3 years, …": a span of time before the clause.
  timeLead: /^\s*(?:in|during|after|over|for)\s+(?:the\s+)?(?:\d|first|past|last)/iu,
  // "had 30 years of service": a span someone has, no statistic.
  havingVerb: /^(?:had|has|have|with)$/iu,
  // "with a total capital of US$1.5 billion": the attribute after "with" names the figure.
  withAttribute: /(?:^|\s)with\s+(?:a\s+|the\s+)?((?:total\s+)?(?:registered\s+)?(?:capital|investment|value|turnover|revenue|output|area|capacity)(?:\s+[\p{L}\p{M}]+){0,3}?)(?:\s+of)?\s*$/iu,
  // "rose 8.3 percent year-on-year to over 863.9 trillion VND": the level a change stated first reached.
  levelAfterChange: /^[\s,]*(?:to|reaching|hitting|at)\s/iu,
  // "Declines were seen in …, including crude oil (12.5 percent)": a sentence opening on a noun of
  // change, whose listed percentages carry no verb of their own.
  changeListLead: /^\s*(?:(?:slight|sharp|strong|significant|steep|modest|notable|big|large)\s+)?(?:(?<down>declines?|decreases?|drops?|falls?|reductions?)|(?<up>increases?|rises?|gains?|growth))\s+(?:in|of|was|were|have|has|are|is)\s/iu,
};
