import fc from "fast-check";

/* ------------------------------------------------------------------------------------------------
 * Character classes
 * ---------------------------------------------------------------------------------------------- */

const TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"] as const;
const VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"] as const;
const CONSONANTS = ["b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "q", "r", "s", "t", "v", "x"] as const;

/** Every Vietnamese vowel with every tone (precomposed, NFC), both cases, and the consonants. */
export const vietnameseLetters: readonly string[] = (() => {
  const lower = [...VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize("NFC"))), ...CONSONANTS];
  return [...new Set([...lower, ...lower.map((c) => c.toUpperCase())])];
})();

/** Whitespace of every kind, including what normalisation drops (zero-width, soft hyphen) or folds. */
export const whitespaces: readonly string[] = [
  " ", "\t", "\n", "\r", "\r\n", "\v", "\f", "\u0085", "\u00a0", "\u1680",
  "\u2000", "\u2001", "\u2002", "\u2003", "\u2004", "\u2005", "\u2006", "\u2007", "\u2008", "\u2009", "\u200a",
  "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\u180e",
  "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "_",
];

/** Emoji, with their variation selectors, skin tones, ZWJ sequences, flags and keycaps. */
export const emoji: readonly string[] = [
  "😀", "📈", "📉", "💰", "🇻🇳", "👍🏽", "👨‍👩‍👧", "❤️", "✅", "⚠️", "1️⃣", "#️⃣", "🔟", "💯", "🏭", "🌾",
];

/** The separators numbers are written with. */
export const separators: readonly string[] = [".", ",", "/", "-", "%"];

/** Words from the report vocabulary, so that the character-level soup sometimes forms a record. */
const SOUP_WORDS = ["tỷ", "triệu", "nghìn", "đồng", "USD", "người", "doanh nghiệp", "đạt", "tăng", "giảm", "năm", "tấn"];

const fromCode = (min: number, max: number): fc.Arbitrary<string> =>
  fc.integer({ min, max }).map((c) => String.fromCharCode(c));

/** A combining mark: Vietnamese tones and vowel marks most often, any other block's marks too. */
const combiningMark: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom("\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b", "\u0340", "\u0341"), weight: 3 },
  { arbitrary: fromCode(0x0300, 0x036f), weight: 3 },
  { arbitrary: fc.constantFrom(0x1ab0, 0x1dc0, 0x20d0, 0xfe20, 0x0e31, 0x093c, 0x0651).chain((b) => fromCode(b, b + 15)), weight: 1 },
);

/** C0 and C1 control characters (some of them are also whitespace). */
const control: fc.Arbitrary<string> = fc.oneof(fromCode(0x00, 0x1f), fromCode(0x7f, 0x9f));

/** A lone surrogate (two in a row may of course happen to pair up). */
const loneSurrogate: fc.Arbitrary<string> = fc.oneof(fromCode(0xd800, 0xdbff), fromCode(0xdc00, 0xdfff));

/**
 * Characters whose canonical decomposition is another single character, so that NFC and NFD
 * both replace them: the Greek question mark is ";", the Ohm sign "Ω", the Angstrom sign "Å".
 */
export const canonicalSingletons: readonly string[] = [
  "\u037e", "\u0387", "\u0374", "\u1fef", "\u1ffd", "\u2126", "\u212a", "\u212b", "\u2329", "\u232a", "\u0340", "\u0341", "\u0343", "\uf900", "\u2000", "\u2001",
];

/** Any code point at all, astral included. */
const anyCodePoint: fc.Arbitrary<string> = fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c));

/**
 * One "character" of the character-level arbitrary: weighted towards Vietnamese letters with tones,
 * digits, separators and spaces so that numbers and words actually form, with every kind of
 * whitespace, emoji, control characters, lone surrogates, combining marks and the characters
 * normalisation replaces mixed in.
 */
export const reportChar: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...vietnameseLetters), weight: 30 },
  { arbitrary: fromCode(0x30, 0x39), weight: 22 },
  { arbitrary: fc.constantFrom(...separators), weight: 12 },
  { arbitrary: fc.constant(" "), weight: 14 },
  { arbitrary: fc.constantFrom(...whitespaces), weight: 5 },
  { arbitrary: fc.constantFrom(...SOUP_WORDS), weight: 8 },
  { arbitrary: combiningMark, weight: 5 },
  { arbitrary: fc.constantFrom(...emoji), weight: 2 },
  { arbitrary: control, weight: 2 },
  { arbitrary: loneSurrogate, weight: 2 },
  { arbitrary: fc.constantFrom(...canonicalSingletons), weight: 1 },
  { arbitrary: anyCodePoint, weight: 1 },
);

/** An arbitrary string built from `reportChar`. */
export const charLevelText = (maxLength = 80): fc.Arbitrary<string> => fc.string({ unit: reportChar, maxLength, size: "medium" });

/* ------------------------------------------------------------------------------------------------
 * Report-like text: tokens with the joins between them, so tests know where the word boundaries are
 * ---------------------------------------------------------------------------------------------- */

/** One token of a report and what is written after it ("" glues it to the next: "94,3" + "%"). */
export interface Piece {
  readonly text: string;
  readonly join: string;
}

/** A report as a list of tokens and joins: `render` writes it out. */
export type Report = readonly Piece[];

export const render = (report: Report): string => report.map((p) => p.text + p.join).join("");

/** Splits a phrase into its words, each joined to the next by one space, the last by `join`. */
const phrase = (text: string, join = " "): Piece[] => {
  const words = text.split(" ");
  return words.map((w, i) => ({ text: w, join: i === words.length - 1 ? join : " " }));
};

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const digits = (min: number, max: number): fc.Arbitrary<string> => fc.integer({ min, max }).map(String);
const fixed = (n: number): fc.Arbitrary<string> => fc.integer({ min: 0, max: 10 ** n - 1 }).map((d) => String(d).padStart(n, "0"));

/** Numbers in the shapes reports write them: "94,3", "500.000", "1.234,56", "3.5", "12/2024", "-2,1", "2,7-2,9". */
export const numberText: fc.Arbitrary<string> = fc.oneof(
  digits(0, 9999),
  fc.tuple(digits(0, 999), fc.integer({ min: 1, max: 2 }).chain(fixed)).map(([i, f]) => `${i},${f}`),
  fc.tuple(digits(1, 999), fixed(3)).map(([i, g]) => `${i}.${g}`),
  fc.tuple(digits(1, 999), fixed(3), fixed(3)).map(([i, g, h]) => `${i}.${g}.${h}`),
  fc.tuple(digits(1, 999), fixed(3), fixed(2)).map(([i, g, f]) => `${i}.${g},${f}`),
  fc.tuple(digits(0, 999), fixed(1)).map(([i, f]) => `${i}.${f}`),
  fc.tuple(digits(1, 999), fixed(3)).map(([i, g]) => `${i},${g}`),
  fc.tuple(digits(1, 12), digits(2000, 2030)).map(([m, y]) => `${m}/${y}`),
  fc.tuple(fc.constantFrom("-", "+", "\u2212"), digits(0, 99), fixed(1)).map(([s, i, f]) => `${s}${i},${f}`),
  fc.tuple(digits(0, 99), fixed(1), fc.constantFrom("-", "\u2013"), digits(0, 99), fixed(1)).map(([a, f, d, b, g]) => `${a},${f}${d}${b},${g}`),
  digits(1990, 2030),
);

export const subjects = [
  "doanh thu", "doanh thu dịch vụ", "kim ngạch xuất khẩu", "kim ngạch nhập khẩu", "tổng vốn đầu tư",
  "thu ngân sách", "tổng sản phẩm", "sản lượng lúa", "sản lượng thủy sản", "chỉ số giá tiêu dùng",
  "tỷ lệ hộ nghèo", "số doanh nghiệp", "lượt khách du lịch", "lao động có việc làm", "dân số",
  "giá trị sản xuất công nghiệp", "vốn đầu tư công", "tổng mức bán lẻ hàng hóa", "lợi nhuận",
] as const;
export const verbs = ["đạt", "tăng", "giảm", "là", "có", "bằng", "chiếm", "ước đạt", "tăng lên", "giảm xuống", "gấp", "vượt"] as const;
export const qualifiers = ["ước", "khoảng", "gần", "hơn", "trên", "dưới", "xấp xỉ", "dự kiến", "sơ bộ", "kế hoạch"] as const;
export const scaleWords = ["tỷ", "triệu", "nghìn", "nghìn tỷ", "trăm", "tỉ"] as const;
export const unitWords = ["đồng", "USD", "%", "người", "doanh nghiệp", "tấn", "ha", "lượt khách", "hộ", "lần", "điểm phần trăm", "km", "m2", "VNĐ"] as const;
export const periodWords = [
  "năm", "tháng", "quý", "quý I", "quý IV", "6 tháng đầu năm", "9 tháng", "cùng kỳ", "năm trước", "năm 2023", "năm 2024",
] as const;
export const otherWords = [
  "so với", "cùng kỳ", "kế hoạch", "so với kế hoạch", "so với cùng kỳ", "trong đó", "toàn tỉnh", "thành phố",
  "trên địa bàn", "của tỉnh", "Hà Nội", "Đà Nẵng", "khu vực", "nông nghiệp", "công nghiệp", "dịch vụ", "mới", "thành lập",
  "bình quân", "mỗi", "một", "hai", "mười", "trở lên", "và", "nhưng", "còn",
] as const;

const vocabulary = [...subjects, ...verbs, ...qualifiers, ...scaleWords, ...unitWords, ...periodWords, ...otherWords];

const maybe = <T>(arb: fc.Arbitrary<T[]>): fc.Arbitrary<T[]> => fc.option(arb, { nil: undefined, freq: 2 }).map((x) => x ?? []);

/** "Năm 2024, ", "9 tháng năm 2024 ", "Quý I/2024, ", "Tháng 12/2024, " */
const periodIntro: fc.Arbitrary<Piece[]> = fc.tuple(
  fc.constantFrom("Năm", "9 tháng năm", "6 tháng đầu năm", "Trong năm", "Quý I năm", "Tháng 12 năm", "Quý", "Tháng"),
  digits(2015, 2030),
  fc.constantFrom(", ", " "),
).map(([words, year, join]) => (words === "Quý" || words === "Tháng" ? [...phrase(words), { text: `${words === "Quý" ? "II" : "10"}/${year}`, join }] : [...phrase(words), { text: year, join }]));

/** A number, and maybe a scale and a unit after it: "94,3 tỷ đồng", "8,4%", "1.186 doanh nghiệp". */
const quantity: fc.Arbitrary<Piece[]> = fc.tuple(
  numberText,
  fc.option(fc.constantFrom(...scaleWords), { freq: 3 }),
  fc.option(fc.constantFrom(...unitWords), { freq: 5 }),
  fc.boolean(),
).map(([num, scale, unit, glue]) => {
  const out: Piece[] = [{ text: num, join: " " }];
  if (scale !== null) out.push(...phrase(scale));
  if (unit !== null) {
    if (unit === "%" && scale === null && glue) out[out.length - 1] = { text: num, join: "" };
    out.push(...phrase(unit));
  }
  return out;
});

/** "so với cùng kỳ năm 2023", "so với kế hoạch", "bằng 95% kế hoạch" */
const comparison: fc.Arbitrary<Piece[]> = fc.oneof(
  digits(2015, 2030).map((y) => phrase(`so với cùng kỳ năm ${y}`)),
  fc.constant(phrase("so với cùng kỳ")),
  fc.constant(phrase("so với kế hoạch")),
  fc.tuple(fc.constantFrom("tăng", "giảm"), numberText).map(([v, n]) => [...phrase(v), { text: n, join: "" }, { text: "%", join: " " }, ...phrase("so với cùng kỳ")]),
  fc.tuple(digits(50, 150), fc.constantFrom("kế hoạch", "cùng kỳ")).map(([n, w]) => [...phrase("bằng"), { text: n, join: "" }, { text: "%", join: " " }, ...phrase(w)]),
);

/** Words in any order: the vocabulary and numbers. */
const soup: fc.Arbitrary<Piece[]> = fc
  .array(fc.oneof({ arbitrary: fc.constantFrom(...vocabulary), weight: 3 }, { arbitrary: numberText, weight: 1 }), { minLength: 1, maxLength: 8 })
  .map((words) => words.flatMap((w) => phrase(w)));

/** A sentence: mostly "[period,] subject [qualifier] verb quantity [comparison] [more]", sometimes soup. */
const sentence: fc.Arbitrary<Piece[]> = fc
  .tuple(
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc
          .tuple(
            maybe(periodIntro),
            fc.constantFrom(...subjects),
            fc.option(fc.constantFrom(...qualifiers), { freq: 3 }),
            fc.constantFrom(...verbs),
            quantity,
            maybe(comparison.map((c) => [{ text: ",", join: " " }, ...c])),
            maybe(fc.tuple(fc.constantFrom("; ", ", "), soup).map(([j, s]) => [{ text: "", join: j }, ...s])),
          )
          .map(([intro, subject, qualifier, verb, q, cmp, more]) => [
            ...intro,
            ...phrase(intro.length ? subject : capitalise(subject)),
            ...(qualifier === null ? [] : phrase(qualifier)),
            ...phrase(verb),
            ...q,
            ...cmp,
            ...more,
          ]),
      },
      { weight: 1, arbitrary: soup },
    ),
    fc.constantFrom(". ", ".\n", "\n", ".", "; ", ", ", " "),
  )
  .map(([pieces, end]) => {
    const cleaned = pieces.filter((p) => p.text !== "" || p.join !== "");
    // A "," token glued to the word before it: "đồng, tăng".
    const glued: Piece[] = [];
    for (const p of cleaned) {
      const prev = glued[glued.length - 1];
      if ((p.text === "," || p.text === "") && prev) glued[glued.length - 1] = { text: prev.text, join: p.text + p.join };
      else glued.push(p);
    }
    const last = glued[glued.length - 1] as Piece;
    glued[glued.length - 1] = { text: last.text, join: end };
    return glued;
  });

/** A report of one to four sentences. */
export const reportLike: fc.Arbitrary<Report> = fc
  .array(sentence, { minLength: 1, maxLength: 4 })
  .map((sentences) => {
    const pieces = sentences.flat();
    const last = pieces[pieces.length - 1] as Piece;
    // No trailing whitespace: the text ends at its last word or its full stop.
    pieces[pieces.length - 1] = { text: last.text, join: last.join.trimEnd() };
    return pieces;
  });

/** Places as reports name them, alone or after an administrative word. */
const placeNames = ["Hà Nội", "Đà Nẵng", "Quảng Ninh", "Cần Thơ", "Thành phố Hồ Chí Minh", "Bà Rịa - Vũng Tàu", "Thừa Thiên Huế"] as const;
const placePhrase: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom("của", "tại", "ở", "trên địa bàn"), fc.constantFrom(...placeNames)).map(([lead, name]) => `${lead} ${name}`),
  fc.tuple(fc.constantFrom("tỉnh", "thành phố", "huyện", "quận"), fc.constantFrom("Vĩnh Tường", "Cẩm Lệ", "Quảng Ninh", "Hậu Giang")).map(([prefix, name]) => `${prefix} ${name}`),
  fc.tuple(fc.constantFrom("của", "tại"), fc.constantFrom("tỉnh", "huyện"), fc.constantFrom("Yên Bái", "Long An", "Đông Anh")).map(([lead, prefix, name]) => `${lead} ${prefix} ${name}`),
);
/** "quý III/2024", "quý IV năm 2023", "Quý I": periods whose numeral is a capital. */
const quarter = (word: string): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom("I", "II", "III", "IV"), digits(2015, 2030), fc.boolean()).map(([numeral, year, slash]) => (slash ? `${word} ${numeral}/${year}` : `${word} ${numeral} năm ${year}`));

/**
 * One sentence with capitalised words inside it, where Vietnamese writes them: a place after its
 * lead or administrative word, a quarter's Roman numeral, a currency code after a figure or a
 * scale. It starts with a capital and ends with a full stop.
 */
export const sentenceWithNames: fc.Arbitrary<Report> = fc
  .tuple(
    fc.option(quarter("Quý").map((p) => `${p},`), { nil: undefined }),
    fc.constantFrom(...subjects),
    placePhrase,
    fc.constantFrom("đạt", "ước đạt", "là", "tăng", "giảm"),
    numberText,
    fc.constantFrom("tỷ USD", "triệu USD", "USD", "tỷ VNĐ", "nghìn tỷ đồng", "tỷ đồng", "%"),
    fc.option(fc.oneof(quarter("so với quý"), fc.constantFrom("so với cùng kỳ", "so với kế hoạch", "trong năm 2024")), { nil: undefined }),
    fc.constantFrom(", ", " "),
  )
  .map(([intro, subject, place, verb, num, unit, tail, join]) => {
    const head = intro === undefined ? capitalise(subject) : `${intro} ${subject}`;
    const words = `${head} ${place} ${verb} ${num} ${unit}${tail === undefined ? "" : `${join}${tail}`}`.split(" ");
    return words.map((w, i) => ({ text: w, join: i === words.length - 1 ? "." : " " }));
  });

/* ------------------------------------------------------------------------------------------------
 * Whitespace insertions at word boundaries
 * ---------------------------------------------------------------------------------------------- */

/** Extra horizontal whitespace: spaces, no-break spaces, tabs and the typographic spaces. */
export const extraSpace: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(" ", "  ", "\u00a0", " \u00a0", "\u00a0 ", "\u202f", "\t", "\u2009", "\u3000", " \u200b"),
  fc.string({ unit: fc.constantFrom(" ", "\u00a0", "\u202f", "\t", "\u2002", "\u2003", "\u2009", "\u3000", "\u205f"), minLength: 1, maxLength: 4 }),
);

/** One edit at the `at`-th word boundary (taken modulo their number). */
export interface Insertion {
  readonly at: number;
  readonly text: string;
  /** Replace the boundary's space by `text` instead of adding `text` before it. */
  readonly replace: boolean;
}

export const spaceInsertions: fc.Arbitrary<Insertion[]> = fc.array(
  fc.record({ at: fc.nat({ max: 63 }), text: extraSpace, replace: fc.boolean() }),
  { minLength: 1, maxLength: 8 },
);

export const crlfInsertions: fc.Arbitrary<Insertion[]> = fc.array(
  fc.record({ at: fc.nat({ max: 63 }), text: fc.constantFrom("\r\n", " \r\n", "\r\n ", "\r\n\r\n"), replace: fc.boolean() }),
  { minLength: 1, maxLength: 3 },
);

/** Indexes of the joins that separate two words by whitespace: the word boundaries of a report. */
export const wordBoundaries = (report: Report, where: (join: string) => boolean = (j) => /\s/u.test(j)): number[] => {
  const out: number[] = [];
  for (let i = 0; i < report.length - 1; i++) if (where((report[i] as Piece).join)) out.push(i);
  return out;
};

/** A join that ends a line or a sentence: where a CRLF may go without breaking a sentence in two. */
export const endsSentence = (join: string): boolean => join.includes("\n") || join === ". ";

/**
 * The report with each insertion applied at its word boundary: `text` is written before the
 * boundary's first whitespace character, or in place of its space when `replace` is set and the
 * boundary has one. Whitespace is only ever added between words, never inside a token.
 */
export const insertAt = (report: Report, insertions: readonly Insertion[], boundaries = wordBoundaries(report)): Report => {
  if (!boundaries.length) return report;
  const joins = report.map((p) => p.join);
  for (const ins of insertions) {
    const i = boundaries[ins.at % boundaries.length] as number;
    const join = joins[i] as string;
    const ws = join.search(/\s/u);
    if (ins.replace && join.includes(" ")) joins[i] = join.replace(" ", ins.text);
    else joins[i] = join.slice(0, ws) + ins.text + join.slice(ws);
  }
  return report.map((p, k) => ({ text: p.text, join: joins[k] as string }));
};

/** For the character-level strings: the same insertions at the plain spaces of `text`. */
export const insertAtSpaces = (text: string, insertions: readonly Insertion[]): string => {
  const spaces: number[] = [];
  for (let i = 0; i < text.length; i++) if (text[i] === " ") spaces.push(i);
  if (!spaces.length) return text;
  const edits = new Map<number, Insertion>();
  for (const ins of insertions) edits.set(spaces[ins.at % spaces.length] as number, ins);
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ins = edits.get(i);
    if (!ins) out += text[i];
    else out += ins.replace ? ins.text : ins.text + " ";
  }
  return out;
};

/* ------------------------------------------------------------------------------------------------
 * Combining marks in any canonically equivalent order
 * ---------------------------------------------------------------------------------------------- */

/** Canonical combining classes of the Vietnamese marks: marks of different classes may swap. */
const COMBINING_CLASS: Readonly<Record<string, number>> = {
  "\u0300": 230, "\u0301": 230, "\u0302": 230, "\u0303": 230, "\u0306": 230, "\u0309": 230, "\u031b": 216, "\u0323": 220,
};

/**
 * The text decomposed (NFD), with the marks after each base letter reordered by `keys`: marks of
 * different combining classes change places, marks of one class keep their order, so the result
 * is canonically equivalent to the text ("ệ" as e + U+0302 + U+0323, not only e + U+0323 + U+0302).
 */
export const decomposeInAnyOrder = (text: string, keys: readonly number[]): string => {
  let cluster = 0;
  return text.normalize("NFD").replace(/(\P{M})(\p{M}+)/gu, (all, base: string, marks: string) => {
    const list = [...marks];
    if (list.length < 2 || !list.every((m) => m in COMBINING_CLASS)) return all;
    const key = (m: string): number => {
      const ccc = COMBINING_CLASS[m] as number;
      return keys.length ? ((keys[(cluster * 7 + ccc) % keys.length] as number) * 1000 + ccc) : ccc;
    };
    cluster++;
    // A stable sort by a random key per combining class.
    return base + list.map((m, i) => [m, key(m), i] as const).sort((a, b) => a[1] - b[1] || a[2] - b[2]).map(([m]) => m).join("");
  });
};
