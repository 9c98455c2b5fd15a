import type { Dec } from "../numbers/decimal.js";
import type { NumberStyle } from "../numbers/numeral.js";
import type { Qualifier, Status } from "../record/schema.js";
import type { Ranged } from "../text/ranges.js";

/** What a unit is, for the engine: money, a percentage, a count of something... */
export type UnitKind = "money" | "percent" | "points" | "measure" | "count" | "times" | "score" | "rank" | "duration";

export interface UnitEntry {
  unit: string;
  kind: UnitKind;
  /** Multiplier to the canonical unit ("tạ" → 0.1 t). */
  factor?: string;
  /** A counted noun no lexicon lists: a count only as a whole number, or as a rate ("38,5 giường/vạn dân"). */
  unlisted?: boolean;
}

/** A word match at a position: what it says, and where it ends. */
export interface Hit<V> {
  value: V;
  text: string;
  start: number;
  end: number;
}

/** A period named in the text, resolved as far as the words allow. */
export interface PeriodMention {
  start: number;
  end: number;
  text: string;
  /** SDMX period once the year is known; `year` null means "the document's year". */
  build: (year: number) => string;
  year: number | null;
  /** Relative year: 0 = this year, -1 = last year, +1 = next year (tasks of next year). */
  relative: number | null;
  /** Preceded by a comparator ("so với năm 2023"): a baseline, not the record's period. */
  baseline: boolean;
  /** Where the comparator before it starts. */
  comparedFrom?: number | undefined;
  kind: "month" | "months" | "quarter" | "half" | "year" | "span";
  /** Counted up to a day ("tính đến ngày 30/9", "as of September 30") or to a month's end ("đến hết tháng 9", "by the end of September"). */
  upTo?: "day" | "month" | undefined;
  rule: string;
  /**
   * Names the month, quarter or year of its `kind` without its number ("trong tháng"): the one the
   * passage is about, which the pipeline works out from the periods around it; `build` stands for
   * nothing until then.
   */
  ofPassage?: true | undefined;
  /**
   * A school year or a crop year across two years ("năm học 2024-2025"): a span a report may be
   * about as a whole, as it is about a year, unlike a plan's years ("giai đoạn 2021-2025").
   */
  term?: true | undefined;
}

/** A baseline the text compares against, with how to compute its period from the record's. */
export interface BaselineMention {
  start: number;
  end: number;
  text: string;
  against: "previous" | "plan" | "other";
  /** Written after a comparator ("so với ..."): it may govern figures before or after it. */
  comparator: boolean;
  /**
   * What the baseline is: the same stretch of an earlier year ("cùng kỳ", "year-on-year"), or the
   * end of an earlier month or year ("so với tháng 12", "year-to-date"), which only a stock is
   * compared with.
   */
  stretch?: "same" | "end" | undefined;
  /**
   * The baseline period given the record's period, or null when the text does not tell. Like a
   * period's builder (`PeriodShape.make`), it closes over values, never over a match or its groups.
   */
  period: (recordPeriod: string | null, docYear: number | null) => string | null;
  rule: string;
}

/** Every field of T, the optional ones too: a copy so typed cannot leave one out. */
type EveryField<T> = { [K in keyof Required<T>]: T[K] };

/**
 * The mention as given, copied with every field present and in one order. Mentions are made in
 * many places, some with a field and some without; copied so, they all share one shape in V8, and
 * the stages' reads of them stay fast rather than falling back to V8's generic look-ups.
 */
export const periodMention = (m: PeriodMention): EveryField<PeriodMention> => ({
  start: m.start,
  end: m.end,
  text: m.text,
  build: m.build,
  year: m.year,
  relative: m.relative,
  baseline: m.baseline,
  comparedFrom: m.comparedFrom,
  kind: m.kind,
  upTo: m.upTo,
  rule: m.rule,
  ofPassage: m.ofPassage,
  term: m.term,
});

/** Where a baseline stands in the text, and whether a comparator introduces it. */
export type BaselineSpan = Pick<BaselineMention, "start" | "end" | "text" | "comparator">;

/**
 * A baseline at `span` that says `what`, every field present and in one order (as `periodMention`).
 * Built field by field: written as a spread of the span (`{ ...span, against, … }`), finding the
 * Vietnamese baselines of a document took twice as long.
 */
export const baselineAt = (span: BaselineSpan, what: Omit<BaselineMention, keyof BaselineSpan>): EveryField<BaselineMention> => ({
  start: span.start,
  end: span.end,
  text: span.text,
  against: what.against,
  comparator: span.comparator,
  stretch: what.stretch,
  period: what.period,
  rule: what.rule,
});

/** The baseline as given, every field present and in one order. */
export const baselineMention = (b: BaselineMention): EveryField<BaselineMention> => baselineAt(b, b);

/** Everything the engine needs to know about one language, as data plus a few matchers. */
export interface Language {
  code: string;
  grammar: Grammar;
  /** How the language writes numbers when a document's own numerals do not settle it ("1,234" alone). */
  numberStyle: NumberStyle;
  /** Scale word right at `pos` ("tỷ", "nghìn tỷ"): its power of ten. */
  scaleAt(text: string, pos: number): Hit<number> | null;
  /** Unit right at `pos` ("đồng", "%", "doanh nghiệp"). */
  unitAt(text: string, pos: number): Hit<UnitEntry> | null;
  /** A currency written before the number that starts at `pos` ("US$21.68", "VND 838"), or null. */
  unitBefore(text: string, pos: number): Hit<UnitEntry> | null;
  /**
   * A noun the lexicon does not list, counted by the number before it ("64 đơn thư"): a count
   * unless it names time, an age, an order or an item of a list of tasks. Its first words only.
   */
  countedNounAt(text: string, pos: number): Hit<UnitEntry> | null;
  /** The predicate just before a figure: status, verb and qualifier words ending at `end`. */
  predicateBefore(text: string, from: number, end: number): Predicate;
  /** Qualifier written after the figure ("trở lên"), right at `pos`. */
  trailingQualifierAt(text: string, pos: number): Hit<Qualifier> | null;
  /** Status words anywhere in a stretch of text, the last one winning. */
  statusIn(text: string, from: number, to: number): Hit<Status> | null;
  periods(text: string): PeriodMention[];
  baselines(text: string): BaselineMention[];
  /**
   * Lines of a scraped page that are no part of its text: links to other articles and the lists
   * under their headings, captions of pictures, image file names. Whole lines, sorted.
   */
  furniture(text: string): Ranged[];
  /** Numbers written in words: "mười lăm", "hai mươi mốt". */
  writtenNumbers(text: string): Hit<Dec>[];
  /** Ratios written in words: "gấp đôi", "gấp rưỡi". */
  writtenRatios(text: string): Hit<Dec>[];
  /**
   * Places in a ranking written in words after a verb of ranking: "đứng thứ hai", "ranked third";
   * each hit is the ordinal, and `leadStart` where its verb starts.
   */
  writtenRanks(text: string): (Hit<Dec> & { leadStart: number })[];
  /**
   * Whether a line that ends with `before` goes on in `after`, the next line, which opens with a
   * capital: a name, a period or a unit wrapped to the next line, or a line ending on a word no
   * sentence stops on. Otherwise the capital opens a line of its own (a heading above its text).
   */
  continuesLine(before: string, after: string): boolean;
}

export interface Predicate {
  /** Where the predicate starts: the subject ends here. */
  start: number;
  verb: string | null;
  verbKind: "change-up" | "change-down" | "reach-up" | "reach-down" | "ratio" | "attainment" | "level" | "contribution" | null;
  qualifier: Qualifier | null;
  status: Status | null;
  /** True when the verb is glued to the figure or the word before ("tăng1,36%", "có34"). */
  glued: boolean;
}

/** Names of the phrasings a language gives the pipeline stages (see languages/vi/grammar.ts). */
export type GrammarPattern =
  | "notAFigureBefore"
  | "dayOfMonthBefore"
  | "rankBefore"
  | "ordinalAfter"
  | "ordinalBefore"
  | "rankOutOf"
  | "pointsOnAScale"
  | "changeOfObject"
  | "rankAspect"
  | "partOfWhole"
  | "countNamedAfter"
  | "partOfThem"
  | "describingBefore"
  | "genitiveBefore"
  | "perBefore"
  | "subjectOnly"
  | "rangeJoin"
  | "rangeFrom"
  | "fromTo"
  | "durationAfter"
  | "halfOfScale"
  | "perEach"
  | "perDenominator"
  | "referBack"
  | "perStop"
  | "nounPhraseStop"
  | "describedStop"
  | "growthNoun"
  | "declineNoun"
  | "growthCopula"
  | "decreaseWord"
  | "changeLevelVerb"
  | "shareVerb"
  | "baselineDescription"
  | "planAfter"
  | "exceedBefore"
  | "targetWords"
  | "targetFillers"
  | "anaphor"
  | "relativeClause"
  | "causalBefore"
  | "priceBaseBefore"
  | "periodAfterGap"
  | "periodInClause"
  | "unitNote"
  | "unitNoteException"
  | "namesApart"
  | "timeOfDayAfter"
  | "ownPeriodAfterChange"
  | "continuation"
  | "dangling"
  | "gapToBaseline"
  | "comparedRate"
  | "changeAfter"
  | "baselineLink"
  | "bareChange"
  | "barePlan"
  | "exceedWord"
  | "planBeforeBy"
  | "filler"
  | "comparatorWord"
  | "aspectLead"
  | "equivalentVerb"
  | "place"
  | "placeWhole"
  | "leadPlace"
  | "placeLead"
  | "leading"
  | "trailing"
  | "source"
  | "sourceLead"
  | "clauseVerb"
  | "subjectNoise"
  | "listJoin"
  | "listSplit"
  | "nameJoin"
  | "verbAtEnd"
  | "respectively"
  | "respectiveMeasure"
  | "changeInPercentToo"
  | "singledOut"
  | "respectivelyAfter"
  | "listLink"
  | "sharedTail"
  | "anaphorEnd"
  | "pronoun"
  | "anaphorStop"
  | "attributeNoun"
  | "attributeOwn"
  | "perEachBefore"
  | "spendVerbAtEnd"
  | "copula"
  | "existential"
  | "shareVerbs"
  | "partVerb"
  | "genericHead"
  | "changeTail"
  | "countLink"
  | "isAfter"
  | "objectAfter"
  | "classBound"
  | "totalWord"
  | "pointingNoun"
  | "countingWord"
  | "countingWordLead"
  | "participleOfSame"
  | "bareAttainmentVerb"
  | "ratioFollows"
  | "partsFollow"
  | "joinedByAnd"
  | "ownPredicateAtEnd"
  | "pastMarker"
  | "actorLead"
  | "comparisonLead"
  | "unchangedWord"
  | "dayBefore"
  | "fullDate"
  | "issueMonth"
  | "qualifierInNoun"
  | "nounEndingInFiller"
  | "durationSubject"
  | "realTermsLead"
  | "elidedPart"
  | "changeColumn"
  | "actualColumn"
  | "unitColumn"
  | "perInSubject"
  | "aspectAfter"
  | "indexSubject"
  | "marketIndex"
  | "valueAfterChange"
  | "gappedName"
  | "gappedSubject"
  | "columnUnitPart"
  | "captionNumber"
  | "captionTail"
  | "tableNote"
  | "amountLead"
  | "negativeContribution"
  | "forecasterLead"
  | "stockSubject"
  | "rateSubject"
  | "cumulativeWords"
  | "ofPlanAfter"
  | "pastValueBefore"
  | "baselineValueLead"
  | "changeFrom"
  | "countSubject"
  | "peopleSubject"
  | "countingVerb"
  | "summary"
  | "timeLead"
  | "havingVerb"
  | "withAttribute"
  | "levelAfterChange"
  | "changeListLead"
  | "respectivelyWord"
  | "targetLead"
  | "changeLead"
  | "targetYearBefore";

/** A language's phrasings as patterns, so that the stages hold no words of any language. */
export type Grammar = Readonly<Record<GrammarPattern, RegExp>> & {
  /** "về khối lượng", "về giá trị": which kind of level a change is about. */
  readonly aspects: Readonly<Record<"mass" | "money" | "count", readonly string[]>>;
  /** The word for "of", to join a counted noun to its owner: "lĩnh vực (của ...)". */
  readonly ofWord: string;
  /** The word for "compared with", to label a share's denominator. */
  readonly versusWord: string;
};
