import { alternation, INDEX_BASE, madeOf, NEVER, withCapitals, wordStartBefore, WORD_END, WORD_START } from "../../grammar/alternation.js";
import { MARKET_INDEX } from "../builders.js";
import type { Grammar } from "../language.js";
import { placePrefixes, places } from "./lexicon/areas.js";
import { changeAspects, negativeContributionVerbs } from "./lexicon/changes.js";
import { boundEnds, clauseVerbs, continuations, danglingWords, leadingFillers, linkingWords, nounsEndingInFiller, sourceLeads, summaries, trailingFillers } from "./lexicon/discourse.js";
import { qualifiers, statuses } from "./lexicon/qualifiers.js";
import { abbreviatedBaselines, balanceStates, baselines } from "./lexicon/comparisons.js";
import { amountsWithNamingWords, countingVerbs, countingWords, halfOfScale, namingWords, namingWordsAsWritten } from "./lexicon/numbers.js";
import { durations, notCountedAfterSo, peopleWholes, rankMarkers, timeNouns } from "./lexicon/units.js";
import { pricesAtDay, stockNouns } from "./lexicon/periods.js";

const TIME_NOUNS = alternation(timeNouns);
const NAMING = alternation([...withCapitals(namingWords), ...namingWordsAsWritten]);
const w = (words: string): string => `(?<![\\p{L}\\p{M}])(?:${words})(?![\\p{L}\\p{M}])`;
const statusWords = Object.values(statuses).flat();
const PLACE_PREFIX = alternation(placePrefixes);
const KNOWN_PLACE = alternation(places);
const place = `${wordStartBefore([...placePrefixes, ...places], `${PLACE_PREFIX}|${KNOWN_PLACE}`)}(?:(?:${PLACE_PREFIX})\\s+(?<named>\\p{Lu}[\\p{L}\\p{M}]*(?:\\s+\\p{Lu}[\\p{L}\\p{M}]*){0,3})|(?<known>${KNOWN_PLACE}))${WORD_END}`;

// "trên 63", "trên tổng số 63": how many places a ranking has, after a place in it.
const OUT_OF = String.raw`\s+trên\s+(?:tổng\s+số\s+)?\d{1,3}(?![\d.,]?\d)`;

// "vượt dự toán 250 tỷ đồng", "vượt kế hoạch năm 12%", "vượt kế hoạch cả năm khoảng 420 tỷ đồng":
// the plan named between the verb and the amount.
const EXCEEDED_PLAN = `\\s+(?:${alternation(baselines.plan)})(?:\\s+(?:cả\\s+năm|năm(?:\\s+(?:19|20)\\d{2})?|được giao|giao))?`;
// "vượt khoảng 8%": a word of approximation between the verb and the amount.
const APPROX_AFTER_VERB = "(?:\\s+(?:khoảng|gần|hơn|trên|xấp xỉ))?\\s*$";

/** The Vietnamese phrasings the pipeline stages look for, each with what it accepts. */
export const grammar: Grammar = {
  // ── figures ──
  // "ngày 25.9", "Nghị định 13", "số 08", "lớp 12", "báo động 3": a number that names a date, a
  // document, or which grade, class, region or alarm level (on the same line: "5. Chuyển đổi số" is
  // a heading, and "100% bệnh viện" on the line below it a figure). Not "Tổng số 120 hộ". "(năm
  // gốc 2019 = 100)": the base of an index.
  notAFigureBefore: new RegExp(`(?:(?:${NAMING})[ \\t]*(?<!(?:${alternation(withCapitals(amountsWithNamingWords))})[ \\t]*)|${INDEX_BASE}[ \\t]*)$`, "u"),
  // Vietnamese names the day before its month ("ngày 30/4", "30 tháng 4"), which the periods read.
  dayOfMonthBefore: NEVER,
  // "CPI của 10 nhóm ngành", "trong 3 đợt", "cả hai chỉ tiêu": a number after a preposition (or
  // "cả", both) describes a noun; with a noun no lexicon lists it is no count.
  describingBefore: new RegExp(`${w("của|trong|thuộc|từ|về|theo|giữa|qua|sau|trước|mỗi|cả")}\\s*$`, "iu"),
  // "của 8 huyện": a count after a genitive, describing a noun.
  genitiveBefore: new RegExp(`${w("của")}\\s*$`, "iu"),
  // "Số bác sĩ trên 10.000 dân đạt 12,5": after a noun, the number a rate is counted against (not
  // after a verb or "của": "có trên 500 doanh nghiệp", "thu nhập của trên 10.000 hộ").
  perBefore: new RegExp(`(?<=[\\p{L}\\p{M}][ \\t]+)(?<!${w("của|có|là|đạt|được|với|cho|gồm|và")}[ \\t]+)${w("trên")}\\s*$`, "iu"),
  // Words between a figure and the next predicate that hold no verb and no clause break: more of
  // one noun phrase ("…, thành phố").
  subjectOnly: new RegExp(`^(?:(?!${w("là|có|được|đã|sẽ|tăng|giảm|đạt|chiếm")})[^.;:()])*$`, "iu"),
  // "ngày 27 tháng 6 năm 2024": a day before a month makes a date, not a period of figures.
  dayBefore: /ngày\s*\d{1,2}\s*$/iu,
  // "27/12/2024", "ngày 15 tháng 12 năm 2024": a date with its year, as a report or a page is dated.
  fullDate: /(?<!\d)(?:[0-3]?\d\s*[/.-]\s*[01]?\d\s*[/.-]\s*|ngày\s+[0-3]?\d\s+tháng\s+[01]?\d\s+năm\s+)(?<year>(?:19|20)\d{2})(?!\d)/iu,
  // "nếu loại trừ yếu tố giá": all a clause says before a growth of the measure before it, at
  // constant prices; the first group is the words a subject keeps.
  realTermsLead: /^((?:nếu\s+)?(?:loại\s+trừ|không\s+tính)\s+(?:yếu\s+tố|biến\s+động)\s+giá)$/iu,
  // "…, của nữ là 62,8%", "; ở khu vực nông thôn là 33,3 triệu người": the other part of the measure
  // before, its head left out: a clause that opens with the preposition that measure's subject used.
  elidedPart: /^(?:còn\s+)?(?<prep>của|ở|tại|đối với)\s+(?<rest>[^,;:()\d]{1,40}?)\s*$/iu,
  // "Tăng/giảm (%)", "Tốc độ tăng (%)", "Tăng so với cùng kỳ (%)": a table's column of changes (of
  // the amounts beside them, if any). Not "giá trị tăng thêm", "gia tăng": value added.
  // "Bảng 2.", "Biểu 05:": the number a table's caption opens with, no words of what it holds.
  captionNumber: /^\s*(?:(?:bảng|biểu)\s+[\dIVX]+[a-z]?\s*[.:–-]?|(?:\d{1,2}|[IVX]{1,4})[.)])\s*/iu,
  // "Chỉ số sản xuất công nghiệp tháng 9 và 9 tháng năm 2026" without its periods: the words that
  // joined them, left at the end.
  captionTail: /(?:\s+(?:và|trong|của|đến|từ))+\s*$/iu,
  // "(*) Số liệu … là số ước tính.", "Ghi chú: …": a line that annotates the table above it.
  tableNote: /^[ \t]*(?:\(\*+\)|\*+|(?:ghi chú|chú thích|lưu ý)[ \t]*:)/iu,
  // "(vốn đăng ký: triệu USD; tăng/giảm: %)" over a table: the columns a part of the brackets names, and their unit after it.
  columnUnitPart: /^\s*(?<name>[^:;]+?)\s*:\s*(?=\S)/iu,
  // "ĐVT", "Đơn vị tính": a table's column that names each row's unit ("Triệu cái", "Nghìn tấn").
  unitColumn: /^\s*(?:đvt|đơn\s+vị(?:\s+tính)?)\s*[:.]?\s*$/iu,
  changeColumn: /(?<![\p{L}\p{M}]|gia\s)(?:tăng(?!\s+thêm)|giảm)(?![\p{L}\p{M}])/iu,
  // "Thực hiện tháng 10/2026", "TH 2025": a column of what was done in its period, which names no measure.
  actualColumn: /(?<![\p{L}\p{M}])(?:thực\s+hiện|TH)(?![\p{L}\p{M}])/iu,
  // "kỳ hạn bình quân", "thời gian giải quyết hồ sơ": a noun of time that names the span after it.
  // Words must follow the last such noun: "tiền gửi không kỳ hạn và kỳ hạn dưới 1 tháng" names a product.
  durationSubject: new RegExp(`${w(TIME_NOUNS)}(?:\\s+(?!${TIME_NOUNS})[^\\s,;.:()]+)+\\s*$`, "iu"),
  // A Vietnamese heading's month ("THÁNG 10 NĂM 2025") is the month reported on, no date of issue.
  issueMonth: NEVER,
  // "lao động nước ngoài": a qualifier's word that ends a noun with the word before it ("ngoài" =
  // foreign, not "over"); not "Kho bạc Nhà nước hơn 6,84 tỷ đồng".
  qualifierInNoun: /(?:nước|bên|phía)\s+ngoài$/iu,
  // "chứng chỉ", "giá trị gia tăng": a noun at the end of the text, whose last word is no filler or verb.
  nounEndingInFiller: new RegExp(`${WORD_START}(?:${alternation([...nounsEndingInFiller, ...boundEnds])})$`, "iu"),
  // "số vụ cháy", "tổng vốn": words that say "the amount of" before the thing a subject names.
  amountLead: /^(?:tổng số|số lượng|tổng|số|lượng)\s+/iu,
  // "The VN-Index closed at 1,486.32 points": points of a market index are its value, no score.
  marketIndex: MARKET_INDEX,
  // "Số lượt tàu ra vào cảng … là 110.000": a subject that counts things, at the clause's start,
  // after a lead ("Năm 2024, số …") or after a conjunction ("nhưng số dự án mới tăng 27"). Not "số tiền", "số thu", "số vốn", which are sums of money.
  // "CPI tháng 10 đạt 119,84", "chỉ số sản xuất công nghiệp là 108,5": a subject that is an index makes a bare number its value.
  indexSubject: /(?<![\p{L}\p{M}])(?:chỉ\s+số|CPI|IIP|PPI|PMI)(?![\p{L}\p{M}])/iu,
  // "Vốn đăng ký bình quân một doanh nghiệp", "chi phí trung bình mỗi lượt": the thing a subject's amount is per.
  perInSubject: /(?:bình\s+quân|trung\s+bình)\s+(?:trên\s+)?(?:một|mỗi|1)\s+(?<per>[\p{L}\p{M}])/iu,
  // "dân số thành thị đạt 410 nghìn": a whole made of people, counted in thousands.
  peopleSubject: new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation(peopleWholes)})(?![\\p{L}\\p{M}])`, "iu"),
  // Vietnamese states a count with its noun ("có 410 nghìn người"), not with a verb of its own.
  countingVerb: NEVER,
  countSubject: new RegExp(`(?:^|,\\s*)(?:(?:nhưng|còn|và)\\s+)?(?:tổng\\s+)?số(?:\\s+lượng)?\\s+(?!(?:${alternation(notCountedAfterSo)})${WORD_END})\\p{L}`, "iu"),
  // "top 25", "xếp thứ 12": a place in a ranking.
  rankBefore: new RegExp(`(?:${alternation(rankMarkers)})\\s*$`, "iu"),
  // Vietnamese marks an ordinal before its digits only.
  ordinalAfter: NEVER,
  // "xếp thứ 5 về tăng trưởng và thứ 11 về thu hút đầu tư": "thứ" makes a number listed after
  // another place a place in the ranking too.
  ordinalBefore: /(?<![\p{L}\p{M}])thứ\s*$/iu,
  // Vietnamese puts the verb of change before the figure ("giảm tỷ lệ hộ nghèo 1,5 điểm phần trăm"), no "by".
  changeOfObject: NEVER,
  // "xếp thứ 5/63 tỉnh, thành phố về tốc độ tăng trưởng", "đứng thứ hai cả nước về thu hút FDI":
  // after a place in a ranking, what the ranking is of.
  rankAspect: new RegExp(
    String.raw`^(?:\s*\/\s*\d{1,3}|${OUT_OF})?(?:\s+(?:tỉnh|địa phương)(?:,?\s+thành(?:\s+phố)?)?)?(?:\s+(?:cả\s+nước|toàn\s+quốc))?\s+về\s+(?<aspect>[^,;.()\n]{3,80}?)(?=\s*(?:[,;.()]|$)|[ \t]*\n|\s+(?:và|với|nhưng|sau|trong\s+khi)\s)`,
    "iu",
  ),
  // "21 trong số 34 tỉnh": between a part and its whole, whose noun the part counts ("8/9 huyện" is a fraction).
  partOfWhole: /^\s+(?:trong\s+(?:tổng\s+)?số|trên(?:\s+tổng\s+số)?)\s+\d{1,3}(?:\.\d{3})*(?![\d.,]?\d)/iu,
  // Vietnamese names the part's whole before it ("trong đó 513 …"), no "of them" after.
  partOfThem: NEVER,
  // Vietnamese puts the counted noun right after the number.
  countNamedAfter: NEVER,
  // Vietnamese names points on a scale with a word of their own ("điểm", not "điểm phần trăm").
  pointsOnAScale: NEVER,
  // "xếp thứ 5 trên 63 tỉnh, thành phố": how many places the ranking has ("5/63" is a fraction).
  rankOutOf: new RegExp(`^${OUT_OF}`, "iu"),
  // "-2,9", " đến 60", " tới 20": the high end of a range.
  rangeJoin: /^\s*(?:[-–]|đến|tới)\s*(\d+(?:[.,]\d+)*)/u,
  // "giảm 2,4 giờ": a span of time after a number, which no percentage near it gives a unit to.
  durationAfter: new RegExp(`^\\s*(?:${alternation(durations)})${WORD_END}`, "iu"),
  // "hai triệu rưỡi": half of the scale before it.
  halfOfScale: new RegExp(`^ (?:${alternation(halfOfScale)})${WORD_END}`, "u"),
  // "từ 2.104 hộ xuống còn 1.672 hộ", "từ 6% lên 9%": a change from one figure to the next.
  fromTo: /^\s*(?:(?<up>lên)|(?<down>xuống|còn))(?:\s+(?:còn|mức|đến|tới))?\s*$/iu,
  // "16 giờ 00 ngày 28/10", "7 giờ sáng", "đến 16 giờ ngày 28/10": after the hour, what makes it a
  // time of day, no span of time.
  timeOfDayAfter: /^\s*(?:\d{1,2}(?![\d.,])|sáng|chiều|tối|trưa|đêm|ngày\s+\d)/iu,
  // "(đơn vị: triệu USD)", "ĐVT: tỷ đồng" opening a line: a note naming the unit of the table rows
  // below it; the unit starts where it ends. (Not "kết quả của các đơn vị: …", the bodies reporting.)
  // "(riêng kim ngạch xuất khẩu, nhập khẩu: triệu USD)" after a note's unit: the rows named take another.
  unitNoteException: /^[^()]*\(\s*riêng\s+(?<items>[^():]+?)\s*:\s*/iu,
  // "kim ngạch xuất khẩu, nhập khẩu và cán cân": between the names of a list, as a note's exception lists them.
  namesApart: /\s*(?:[,;]|\s(?:và|hoặc)\s)\s*/u,
  unitNote: /(?:\(|^|\n)[ \t]*(?:đơn vị tính|đơn vị|ĐVT)\s*:\s*/iu,
  // "từ 55 đến 60%": a range opened by "từ".
  rangeFrom: /từ\s*$/iu,
  // "dư nợ tín dụng", "nợ xấu", "người tham gia BHXH", "đàn lợn" (a herd): an amount counted at a
  // day, not over the months up to it; "lãi suất", "tỷ giá": a price at a day (not an average: "lãi
  // suất bình quân" of the bonds issued since January, "tỷ giá bình quân" of the months).
  stockSubject: new RegExp(w(`${alternation(stockNouns)}|(?:${alternation(pricesAtDay)})(?![^,;:]*bình quân)`), "iu"),
  // "từ đầu năm": what is added up over the months since January, a flow whatever it is of ("lũy kế"
  // adds up since a project or a fund began: a stock).
  cumulativeWords: /(?<![\p{L}\p{M}])(?<!so\s+với\s+)từ\s+đầu\s+năm(?![\p{L}\p{M}])/iu,
  // "tỷ lệ bao phủ": a rate, counted at a day when the text names one, or over the months before it.
  rateSubject: /(?<![\p{L}\p{M}])tỷ lệ(?![\p{L}\p{M}])/iu,
  // "làm giảm 0,2 điểm phần trăm mức tăng chung": a contribution that takes away.
  negativeContribution: new RegExp(`^(?:${alternation(negativeContributionVerbs)})$`, "iu"),
  // Vietnamese "đạt" is a verb of attainment already.
  ofPlanAfter: NEVER,
  // "so với mức 3,4% năm": a period after these is another period's, the one a figure is compared with.
  pastValueBefore: /(?:so\s+với|từ)\s+mức(?![\p{L}\p{M}])(?:[^,;.()]|[.,](?=\d)){0,40}$/iu,
  // ", Nghệ An 9 và Lào Cai 6" after "Thanh Hóa ghi nhận 15 người chết": a name, then a figure whose
  // verb and noun are the first's; the name may have brackets after ("Đài Loan (Trung Quốc) 44.700").
  gappedName: /^\s*(?:,\s*(?:và\s+)?|\s+và\s+)\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,3}(?:\s*\([^()\d]{1,30}\))?\s+$/u,
  // ", còn nhập khẩu" after "xuất khẩu tăng 5,2% (lên 410 tỷ USD)": the subject of a second clause
  // whose verb of change goes without saying.
  gappedSubject: /^\s*(?:,\s*(?:(?:và|còn|trong khi)\s+)?|\s+(?:và|còn)\s+)[\p{L}\p{M}'’-]+(?:\s+[\p{L}\p{M}'’-]+){0,5}\s+$/iu,
  // "tăng 17,3% so với 1.266,78 điểm", "so với mức 10,57 tỷ USD", "gấp 3,2 lần mức 3,7 triệu": after a
  // level's change, the value it changed from.
  valueAfterChange: /^[\s,]*(?:so\s+với\s+(?:(?:mức|con\s+số)\s+)?|(?:mức|con\s+số)\s+)(?:(?:khoảng|gần|hơn|trên)\s+)?$/iu,
  // ", giảm so với mức", ", so với": between a level and its value in another period.
  // "(cùng kỳ năm trước xuất siêu 20,9 tỷ USD)": the same figure a year before, in brackets; a
  // state ("xuất siêu", "thâm hụt") only where the level names the same one. "(cùng kỳ: 585 doanh
  // nghiệp)", "(năm 2025: 1.080 tỷ đồng)": labelled, by "cùng kỳ" or by a period, which the
  // caller has blanked (whether that period comes before the level's is for the caller to check).
  baselineValueLead: new RegExp(`^[\\s,;(]*(?:(?:(?<up>tăng|cao hơn)|(?<down>giảm|thấp hơn))?\\s*(?:so\\s+với\\s+|từ\\s+|(?<=hơn\\s+))mức\\s+|(?<=\\(\\s*)cùng\\s+kỳ(?:\\s+năm\\s+(?:trước|ngoái))?(?:\\s*:\\s*|\\s+(?:là|đạt|(?<state>${alternation(balanceStates)}))\\s+|\\s+)|(?<=\\(\\s+)(?:(?<periodLabel>:)\\s*|(?<periodLead>là|đạt)\\s+))(?:(?:khoảng|gần|hơn|trên)\\s+)?$`, "iu"),
  // "tăng từ 5 đến 7%" is a range of change: the level reached is written with "lên" or "xuống".
  changeFrom: NEVER,
  // " một tấn", " mỗi kg": a rate per one unit.
  perEach: /^\s+(?:một|mỗi)\s+/u,
  // "32 bác sĩ trên 10.000 dân": "trên" before a number of people is "per", not "over".
  perDenominator: /^\s+trên\s+(\d+(?:[.,]\d+)*\s+)(người dân|người|dân số|dân)(?![\p{L}\p{M}])/u,
  // "5 nhóm hàng này": a count that refers back.
  referBack: new RegExp(`^\\s*${w("này|đó|nói trên")}`, "u"),
  // Words that end a rate's denominator: "/lao động, tương đương".
  perStop: /\s+(?:tăng|giảm|đạt|là|và|so|đối với|với|cho|trở lên|trở xuống|tương đương|của|trong|cao|thấp|tại|ở|từ|vào|năm \d)(?![\p{L}\p{M}])/iu,
  // Where a noun phrase after a figure stops: punctuation, a digit, a predicate or complement word.
  nounPhraseStop: new RegExp(`[,;:.()"“”!?…\\n–\\-/]|\\d|${w("tăng|giảm|đạt|là|và|so với|so|với|trong|chiếm|tương đương|tương ứng|từ|của cả|nhưng|khi|do|vì|để|trên tổng|trong tổng|đã|sẽ|đều|hay|hoặc|nên|mà|trước|sau|cao|thấp|vào|năm|này|đó|thuộc|gồm|như|trở lên|trở xuống|lên|xuống")}`, "iu"),

  // Where the words describing a figure ("8.450 tỷ đồng vốn đầu tư công,") stop: punctuation, a
  // digit, or a verb or joint that opens a clause of its own.
  describedStop: new RegExp(`[,;:.()"“”!?…\\n]|\\d|${w("tăng|giảm|đạt|là|chiếm|tương đương|tương ứng|so với|so|nhưng|trong khi|còn|có|được|đã|sẽ|đều")}`, "iu"),

  // ── roles ──
  // "tăng trưởng kinh tế đạt 8,1%": a subject that is itself a growth.
  // Not the "tăng thêm" of "giá trị tăng thêm" (value added), a noun of its own.
  growthNoun: new RegExp(`(?<!giá\\s+trị\\s+)${w("tăng trưởng|tốc độ tăng|mức tăng|tăng thêm|tăng")}`, "iu"),
  declineNoun: new RegExp(w("mức giảm|tốc độ giảm|giảm"), "iu"),
  // Copulas after which a growth subject's percentage is the growth: "đạt", "là".
  growthCopula: /^(?:đạt|là|ước đạt|ở mức)$/u,
  // A verb saying down: "giảm", "giảm mạnh".
  decreaseWord: /giảm|thấp hơn|ít hơn/iu,
  // "mức tăng", "mức giảm": a level of change, often a baseline's.
  changeLevelVerb: /^mức/iu,
  // "bằng 81,7%": the level as a share of something.
  shareVerb: /bằng/iu,
  // "so với mức tăng 0,55%", "cao hơn mức tăng 7,46%": describing another period's change.
  baselineDescription: /(?:so với|so|hơn|xấp xỉ|cùng kỳ có|cùng kỳ)\s+(?:mức\s+)?(?:tăng|giảm)?\s*$/iu,
  // ") so với kế hoạch", " dự toán", " cùng kỳ": a baseline right after a percentage.
  planAfter: new RegExp(`^\\s*(?:\\)\\s*)?(?:,\\s*)?(?:so với|so)?\\s*(?:${alternation([...baselines.plan, ...baselines["same-period-last-year"], ...baselines["previous-month"], ...baselines["previous-quarter"], ...baselines["previous-year"], ...Object.values(abbreviatedBaselines).flat(), "cùng thời điểm"])})${WORD_END}`, "iu"),
  // "vượt 15% kế hoạch": exceeding a plan.
  exceedBefore: new RegExp(`vượt(?:${EXCEEDED_PLAN})?${APPROX_AFTER_VERB}`, "iu"),
  // Vietnamese names the plan after the figure ("vượt 7,2% dự toán") or between the verb and it
  // ("vượt dự toán 250 tỷ đồng").
  planBeforeBy: new RegExp(`vượt${EXCEEDED_PLAN}${APPROX_AFTER_VERB}`, "iu"),
  // Vietnamese puts the comparative before the figure ("cao hơn 0,3 điểm"): no change after it.
  changeAfter: NEVER,
  // "trong khi mục tiêu đề ra là 50%", "(mục tiêu 70%)": the target of the figure before.
  targetWords: /(?:mục tiêu|kế hoạch|chỉ tiêu)[^.;,]{0,30}$/iu,
  // Words a target clause may hold besides the target itself.
  targetFillers: /(?:trong khi|còn|và|mục tiêu|kế hoạch|chỉ tiêu|đề ra|giao|dự kiến|cả năm|là|đạt|vượt|bằng|hoàn thành|so với|so|năm\s+\d{4}|năm)/giu,
  // "tỷ lệ này năm 2011 là 97,79%": the same measure in another period.
  anaphor: /(?:tỷ lệ|con số|mức|chỉ số|giá trị)\s+này\b/iu,
  // "có kim ngạch tăng trên 1 tỷ USD": a relative clause describing counted things.
  relativeClause: new RegExp(w("có"), "u"),

  // ── periods ──
  // "do ... tháng 3", "Từ tháng 4", "kỳ hạn dưới 6 tháng", "từ 30/4 đến 4/5/2025": a cause, a start,
  // a term or the end of a stretch of days, not the figure's period. ("từ" only right before it:
  // "Tổng thu từ khách du lịch 7 tháng" is revenue from tourists over seven months; "do" not of who
  // manages: "vốn ngân sách nhà nước do địa phương quản lý năm 2025".)
  causalBefore: new RegExp(`(?:${w("do(?!\\s+(?:\\S+\\s+){1,3}quản lý)|vì|bởi|sau khi|kỳ hạn")}[^,.;]*|${w("từ|kể từ")}\\s*|${w("từ")}\\s+(?:ngày\\s+)?\\d{1,2}\\s*[/.-]\\s*\\d{1,2}(?:\\s*[/.-]\\s*\\d{4})?\\s*)$`, "iu"),
  // "theo giá so sánh năm 2010": the base year of constant prices, not a period of the figure.
  priceBaseBefore: /giá\s+so\s+sánh\s*(?:năm\s*)?$/iu,
  // "… 132 tỷ USD trong năm 2024": a period right after its figure.
  periodAfterGap: /^\s*(?:trong|vào|của|,)?\s*(?:cuối|đầu)?\s*$/iu,
  // "462.000 lượt hành khách trong 7 tháng": a period later in its figure's clause, the counted
  // thing between them, when a preposition of time puts it there.
  periodInClause: new RegExp(`${WORD_START}(?:trong|vào)\\s*$`, "iu"),
  // "gấp 2,4 lần năm 2019": a period right after a change names its baseline; only words between
  // them ("tăng 5% trong năm 2024") make it the change's own.
  ownPeriodAfterChange: NEVER,
  // "doanh thu của", "so với": a line ending on a word no sentence stops on goes on below.
  dangling: new RegExp(`${WORD_START}(?:${alternation(danglingWords)})$`, "iu"),
  // "Trong đó", "Riêng", "Như vậy": a sentence that continues the one before.
  // "Riêng quý III/2026, …", "Riêng trong tháng 9, …": a sentence that singles out a part of the stretch it is about.
  singledOut: /^\s*riêng(?![\p{L}\p{M}])/iu,
  continuation: new RegExp(`^(?:${alternation(continuations)})(?![\\p{L}])`, "iu"),
  // "Như vậy, …": a sentence that sums up the one before.
  summary: new RegExp(`^(?:${alternation(summaries)})(?![\\p{L}])`, "iu"),

  // ── comparisons ──
  // What may stand between a figure and its baseline: ") ,", "về giá trị".
  // A growth compared with another period's is restated in a sentence of its own in these reports
  // ("(cùng kỳ năm 2023 tăng 4,24%)"), read by its own verb.
  comparedRate: NEVER,
  // "đạt 95% kế hoạch": a baseline named without a comparator follows its figure at once.
  baselineLink: /^\s*$/u,
  gapToBaseline: /^[\s,)]*(?:(?:về|theo)\s+[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?\s*)?[\s,]*$/u,
  // "tăng so với cùng kỳ": a change stated without a figure.
  bareChange: /(?:tăng|giảm|cao hơn|thấp hơn|nhiều hơn|ít hơn|giữ ổn định|ổn định|không đổi|không thay đổi|giữ nguyên|đi ngang)\s*$/iu,
  // "giữ ổn định so với năm trước": no change.
  unchangedWord: /ổn định|không đổi|không thay đổi|giữ nguyên|đi ngang/iu,
  // "đạt kế hoạch", "vượt kế hoạch": attainment stated without a figure.
  barePlan: /(?:đạt|vượt|hoàn thành|không đạt|chưa đạt)\s*$/iu,
  exceedWord: /vượt/iu,
  // A stretch with no subject of its own: punctuation, joints and predicate words only.
  // (With a day of its own: "25.120 đồng/USD vào ngày 30/9, tăng 1,8%".)
  filler: madeOf(["[\\s,;:()\\-–]+", "(?:vào\\s+)?ngày\\s+[0-3]?\\d\\s*[/.-]\\s*[01]?\\d", `(?:${alternation(linkingWords)})${WORD_END}`, "\\.\\.\\.", "…"]),
  comparatorWord: /(?:so với|so)\s*/giu,
  // "về khối lượng, nhưng": the aspect of the change before.
  aspectLead: /^\s*về\s+.*?(?:[,;]|\s(?:và|nhưng)(?=\s|$))/u,
  aspects: changeAspects,
  // "tăng 9,2% về số doanh nghiệp, …": the words of the aspect right after a change.
  aspectAfter: /^\s*về\s+(?<words>[^,;.()]+?)(?=\s*(?:[,;.)]|$)|\s+(?:và|nhưng|so\s+với)\s)/u,
  // "tương đương 4.521 USD": a level restating the one before.
  equivalentVerb: /^(?:tương đương|tương ứng)$/u,

  // ── subjects ──
  place: new RegExp(place, "gu"),
  placeWhole: new RegExp(`^(?:${place})$`, "u"),
  leadPlace: /^(?:tại|ở)\s+(?<place>[^,;:]{2,40}?)\s*,/iu,
  placeLead: /^\s*(?:tại|ở)\s+(.+)$/iu,
  // "tỉnh phấn đấu tăng trưởng GRDP …": who strives for a target is no part of what is measured.
  actorLead: /^(?:[\p{L}\p{M}]+\s+){1,3}?phấn\s+đấu\s+(?=\S)/iu,
  // Vietnamese names a forecast with "dự báo", a status word of its own.
  forecasterLead: NEVER,
  leading: new RegExp(`^(?:${alternation([...leadingFillers, ...statusWords])})${WORD_END}[\\s,:]*`, "iu"),
  // Sticky, tried only at the last few word starts: see trimSubject.
  trailing: new RegExp(`(?:${alternation([...trailingFillers, ...statusWords, "trong tháng", "trong quý", "trong kỳ", "tính chung", "đến nay", "hiện nay", "lần lượt"])})$`, "iuy"),
  source: new RegExp(`^(?:${alternation(sourceLeads)})\\s+[^,]{1,60},\\s*`, "iu"),
  // "Trong 5 ngày nghỉ lễ, …", "Sau 3 năm thực hiện, …": a span of time before the clause.
  timeLead: /^\s*(?:trong|sau|qua|suốt|từ)\s+(?:\d|gần\s+\d|hơn\s+\d)/iu,
  sourceLead: new RegExp(`^\\s*(?:${alternation([...sourceLeads, "chia theo"])})${WORD_END}`, "iu"),
  clauseVerb: new RegExp(`${WORD_START}(?:${alternation(clauseVerbs)})${WORD_END}`, "iu"),
  // Words blanked inside a subject: they belong to comparisons and periods.
  subjectNoise: new RegExp(w("so với|so(?!\\s+sánh)|tính chung|lũy kế|luỹ kế"), "giu"),
  listJoin: /\svà\s/u,
  listSplit: /\s*(?:,|\svà\s)\s*/u,
  nameJoin: /^.*\s(?:và|hay|hoặc)\s/u,
  verbAtEnd: /(?:tăng|giảm|đạt)$/u,
  // "X và Y lần lượt là A và B".
  respectively: /lần lượt\s*(?:là|đạt|chiếm|ở mức)?\s*$/iu,
  // "lần lượt" anywhere in a sentence: its figures pair with a list in order.
  respectivelyWord: /lần lượt/iu,
  // "Singapore và Hàn Quốc với tỷ trọng lần lượt là …": the measure the parts share, after the last one.
  respectiveMeasure: /\s+với\s+(?<measure>[^,;]+)$/iu,
  // "giảm 54 vụ, 10%", "tăng 25 doanh nghiệp (8,5%)", "…, tương ứng 8,5%": between an amount of change and the same change in percent.
  changeInPercentToo: /^\s*(?:\(|,\s*(?:(?:tương\s+ứng|tức\s+là|hay)\s+)?)$/iu,
  // Vietnamese says "lần lượt" before the figures it pairs ("respectively" above).
  respectivelyAfter: NEVER,
  // "nhập khẩu từ Hàn Quốc và Nhật Bản", "doanh thu và lợi nhuận của doanh nghiệp": a word that links
  // a noun to what it is of, which the parts of a list can share.
  listLink: /\s(?:của|từ|tại|ở|đối với|cho|thuộc)\s/giu,
  // Vietnamese puts a head noun first, so no list shares a last word ("Rice and coffee exports").
  sharedTail: NEVER,
  anaphorEnd: /(?:^|\s)này$/u,
  // Reports do not open a clause with a pronoun standing for a measure ("nó"); "tỷ lệ này" is an anaphor.
  pronoun: NEVER,
  anaphorStop: new RegExp(`${w("vẫn|đã|chưa|đạt|là|có|tăng|giảm|được")}|[,.;:]`, "u"),
  // "đạt tỷ lệ 40%", "chiếm tỷ trọng 8,35%": a verb carrying the noun of an attribute.
  attributeNoun: /(?:^|\s)(tỷ lệ|tỷ trọng)$/u,
  attributeOwn: /^(?:chiếm|đạt|bằng|với)\s+(tỷ lệ|tỷ trọng)$/u,
  // "Trung bình mỗi khách chi": a rate per head named before the figure.
  perEachBefore: /(?:^|\s)mỗi\s+([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)?)$/u,
  spendVerbAtEnd: /\s+(?:chi|thu|đóng|nộp|tiêu)$/u,
  copula: /^(?:đạt|là|ở mức|lên tới|lên đến|chiếm|tới|đến|bằng|chỉ bằng|chỉ đạt|đạt mức|đạt mốc|đạt con số|đạt được|còn|tương đương|tương ứng|khoảng|vào khoảng|lên|lên mức|xếp thứ|đứng thứ)$/u,
  // "cao hơn mức bình quân cả nước và đứng thứ 9", "tăng 4 bậc, xếp thứ 15": a comparison between
  // two figures, no subject.
  comparisonLead: /^(?:cao hơn|thấp hơn|nhiều hơn|ít hơn|(?:tăng|giảm)\s+\d+\s+(?:bậc|hạng))(?![\p{L}\p{M}])/iu,
  existential: /^(?:có|chỉ có|với|gồm|bao gồm|còn|cho)$/u,
  // "đã có 30 năm công tác": a span someone has, no statistic; "rút ngắn còn 7 ngày" is one.
  havingVerb: /^(?:có|chỉ có|với|gồm|bao gồm|cho)$/u,
  shareVerbs: /^(?:chiếm|bằng|chỉ bằng|chỉ chiếm)$/u,
  // "chiếm 70% tổng dân số": a part of a whole named after it.
  partVerb: /^(?:chiếm|chỉ chiếm)$/u,
  // Heads that name an attribute and need an owner: "vốn đăng ký", "kim ngạch", "tỷ lệ"; a measure of
  // a thing with one word at most ("sản lượng", "diện tích tưới": "sản lượng lương thực" names its own).
  genericHead: /^(?:tổng\s+)?(?:(?:số tiền|số vốn|vốn|kim ngạch|doanh thu|giá trị|tỷ lệ|tỷ trọng|số lượng|trị giá|lượng)(?:\s+[\p{L}\p{M}]+){0,2}|(?:sản lượng|năng suất|diện tích|công suất|quy mô)(?:\s+[\p{L}\p{M}]+)?)$/iu,
  // "3 dự án trong nước với tổng vốn 1.500 tỷ đồng": the attribute after "với" names the figure.
  withAttribute: /(?:^|\s)với\s+((?:tổng\s+)?(?:vốn|kim ngạch|doanh thu|giá trị|tỷ lệ|tỷ trọng|số lượng|trị giá|lượng|diện tích|công suất|quy mô|sản lượng)(?:\s+[\p{L}\p{M}]+){0,4})\s*$/iu,
  // "tăng 8,3% so với cùng kỳ, lên 863,9 tỷ đồng", "tăng 12%, đạt 1.500 tỷ đồng": the level a
  // growth stated first reached ("tương đương 200 tỷ" would be the growth's amount, not the level).
  levelAfterChange: /^[\s,]*(?:lên|lên mức|lên tới|lên đến|đạt|đạt mức|ước đạt|còn|xuống còn|chỉ còn)\s/iu,
  // Vietnamese lists of changes carry their verb ("giảm ở hầu hết các địa phương"): nothing matches.
  changeListLead: NEVER,
  changeTail: /\s+(?:tăng|giảm)\s.*$/u,
  // "thuộc 16 lĩnh vực": a count belonging to the one before.
  countLink: /^\s*(?:thuộc|của|trong)\s*$/u,
  // "chiếm 81% là loại hình ...": the share's whole after "là".
  isAfter: /^\s*là\s/u,
  // Vietnamese names what a sum went to right after it ("75 nghìn tỷ đồng cho chương trình …"),
  // which the noun phrase after the figure already reads.
  objectAfter: NEVER,
  // "35 đơn vị giải ngân trên 80%": the bound of the class a count counts (a qualifier of a bound,
  // or "từ").
  classBound: new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation([...qualifiers.over, ...qualifiers.under, ...qualifiers["at least"], ...qualifiers["at most"], "từ"])})\\s*$`, "iu"),
  // "45 hợp tác xã đạt tổng doanh thu trên 300 tỷ đồng", "96 hồ sơ với số tiền hơn 2,7 tỷ đồng": an
  // amount that a word says is the total of the things counted, or theirs together.
  totalWord: /(?<![\p{L}\p{M}])(?:tổng|tổng cộng|cộng chung|với)(?![\p{L}\p{M}])/iu,
  // "…, đạt 71,3%": the verbs of an attainment whose plan the passage names before it.
  bareAttainmentVerb: /^(?:đạt|bằng)$/u,
  // Vietnamese names the total it raises ("nâng tổng số doanh nghiệp lên 8.500"): its own subject.
  participleOfSame: NEVER,
  // "hai vụ cháy", "sáu địa phương": a lone number word that counts the noun after it (not "một",
  // "năm", mostly "a" and "year", which need a scale or a percent).
  countingWord: new RegExp(`^(?:${alternation(countingWords)})$`, "iu"),
  // …right after a verb that states how many there are or were: "xảy ra hai vụ cháy", "vẫn còn
  // sáu địa phương", "xảy ra tại ba thôn"; not "ngoài hai thành phố lớn nhất", "tháng Chín", "là ba
  // quốc gia dẫn đầu".
  countingWordLead: new RegExp(`${w(alternation(countingVerbs))}\\s+(?:(?:tại|ở)\\s+)?$`, "iu"),
  // "con số này", "con số trên": a subject that only points back at the figure before.
  pointingNoun: /^(?:con số|số liệu)\s+(?:này|trên)$/iu,
  // A ratio in words takes "gấp" before it ("gấp ba lần"), which the ratio words read.
  ratioFollows: NEVER,
  ofWord: "của",
  versusWord: "so với",
  // Status scope: "trong đó" lists parts of an estimate; "và" joins figures of one verb.
  partsFollow: new RegExp(w("trong đó"), "iu"),
  joinedByAnd: new RegExp(`^[^,;.]*${w("và")}\\s*$`, "u"),
  ownPredicateAtEnd: new RegExp(`${w("đạt|là")}\\s*$`, "u"),
  // "tăng 5%", "so với năm 2023": the start of a change or a comparison, no clause of a counted noun.
  changeLead: new RegExp(`^${w("tăng|giảm|so với|so|bằng|chiếm|cao hơn|thấp hơn|gấp|vượt|đạt được|lên|xuống")}`, "iu"),
  // Vietnamese names next year's tasks with their own words ("nhiệm vụ năm 2025", in periods.ts).
  targetYearBefore: NEVER,
  // "phấn đấu", "mục tiêu": words that set targets for a whole sentence, over its semicolons.
  targetLead: new RegExp(w("phấn đấu|mục tiêu|định hướng|dự kiến|đề ra|chỉ tiêu chủ yếu"), "iu"),
  // "đã", "đạt được": a result, which ends a list of targets.
  pastMarker: new RegExp(w("đã|đạt được|thực hiện được"), "iu"),
};
