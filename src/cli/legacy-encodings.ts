import iconv from "iconv-lite";
import { allMatches } from "../grammar/ends-with.js";

/*
 * The two legacy Vietnamese font encodings of the 1990s and 2000s, still found in old report
 * files: TCVN3 (ABC, TCVN 5712:1993 VN3) and VNI-Windows. Both are Windows-1252 but for the bytes
 * their fonts draw as Vietnamese letters. Written from the published mappings.
 */

/**
 * TCVN3 (ABC): one byte a letter. The capitals with a tone mark have no code of their own (ABC
 * fonts draw them from a second, capital font at the codes of the small letters), so they read
 * as small letters.
 */
export const TCVN3: Readonly<Record<number, string>> = {
  0xa1: "Ă", 0xa2: "Â", 0xa3: "Ê", 0xa4: "Ô", 0xa5: "Ơ", 0xa6: "Ư", 0xa7: "Đ",
  0xa8: "ă", 0xa9: "â", 0xaa: "ê", 0xab: "ô", 0xac: "ơ", 0xad: "ư", 0xae: "đ",
  // Each vowel with its tones, in the order grave, hook, tilde, acute, dot below.
  0xb5: "à", 0xb6: "ả", 0xb7: "ã", 0xb8: "á", 0xb9: "ạ",
  0xbb: "ằ", 0xbc: "ẳ", 0xbd: "ẵ", 0xbe: "ắ", 0xc6: "ặ",
  0xc7: "ầ", 0xc8: "ẩ", 0xc9: "ẫ", 0xca: "ấ", 0xcb: "ậ",
  0xcc: "è", 0xce: "ẻ", 0xcf: "ẽ", 0xd0: "é", 0xd1: "ẹ",
  0xd2: "ề", 0xd3: "ể", 0xd4: "ễ", 0xd5: "ế", 0xd6: "ệ",
  0xd7: "ì", 0xd8: "ỉ", 0xdc: "ĩ", 0xdd: "í", 0xde: "ị",
  0xdf: "ò", 0xe1: "ỏ", 0xe2: "õ", 0xe3: "ó", 0xe4: "ọ",
  0xe5: "ồ", 0xe6: "ổ", 0xe7: "ỗ", 0xe8: "ố", 0xe9: "ộ",
  0xea: "ờ", 0xeb: "ở", 0xec: "ỡ", 0xed: "ớ", 0xee: "ợ",
  0xef: "ù", 0xf1: "ủ", 0xf2: "ũ", 0xf3: "ú", 0xf4: "ụ",
  0xf5: "ừ", 0xf6: "ử", 0xf7: "ữ", 0xf8: "ứ", 0xf9: "ự",
  0xfa: "ỳ", 0xfb: "ỷ", 0xfc: "ỹ", 0xfd: "ý", 0xfe: "ỵ",
};

/** VNI-Windows: the letters that are one byte of their own (the i's with a tone, ỵ, đ, ơ, ư). */
export const VNI_LETTERS: Readonly<Record<number, string>> = {
  0xd1: "Đ", 0xf1: "đ",
  0xd4: "Ơ", 0xf4: "ơ",
  0xd6: "Ư", 0xf6: "ư",
  0xcc: "Ì", 0xec: "ì",
  0xc6: "Ỉ", 0xe6: "ỉ",
  0xd3: "Ĩ", 0xf3: "ĩ",
  0xcd: "Í", 0xed: "í",
  0xd2: "Ị", 0xf2: "ị",
  0xce: "Ỵ", 0xee: "ỵ",
};

const GRAVE = "\u0300";
const ACUTE = "\u0301";
const CIRCUMFLEX = "\u0302";
const TILDE = "\u0303";
const BREVE = "\u0306";
const HOOK = "\u0309";
const DOT = "\u0323";

/**
 * VNI-Windows: the mark bytes that follow a base letter (a, e, o, u, y, ơ, ư) and put a tone, a
 * circumflex or a breve, or both, on it; the byte for a capital is 0x20 below the small one.
 */
export const VNI_MARKS: Readonly<Record<number, string>> = {
  0xf8: GRAVE, 0xfb: HOOK, 0xf5: TILDE, 0xf9: ACUTE, 0xef: DOT,
  0xe2: CIRCUMFLEX, 0xe0: CIRCUMFLEX + GRAVE, 0xe5: CIRCUMFLEX + HOOK, 0xe3: CIRCUMFLEX + TILDE,
  0xe1: CIRCUMFLEX + ACUTE, 0xe4: CIRCUMFLEX + DOT,
  0xea: BREVE, 0xe8: BREVE + GRAVE, 0xfa: BREVE + HOOK, 0xfc: BREVE + TILDE, 0xe9: BREVE + ACUTE,
  0xeb: BREVE + DOT,
  // The same for capitals.
  0xd8: GRAVE, 0xdb: HOOK, 0xd5: TILDE, 0xd9: ACUTE, 0xcf: DOT,
  0xc2: CIRCUMFLEX, 0xc0: CIRCUMFLEX + GRAVE, 0xc5: CIRCUMFLEX + HOOK, 0xc3: CIRCUMFLEX + TILDE,
  0xc1: CIRCUMFLEX + ACUTE, 0xc4: CIRCUMFLEX + DOT,
  0xca: BREVE, 0xc8: BREVE + GRAVE, 0xda: BREVE + HOOK, 0xdc: BREVE + TILDE, 0xc9: BREVE + ACUTE,
  0xcb: BREVE + DOT,
};

/** The letters a VNI mark byte goes on. */
const VNI_BASES = new Set([..."aeouyAEOUYơưƠƯ"]);

/** The Windows-1252 reading of every byte: what a byte outside the tables stands for. */
const CP1252: readonly string[] = [...iconv.decode(Buffer.from(Array.from({ length: 256 }, (_, b) => b)), "windows1252")];

const latin = (byte: number): string => CP1252[byte] ?? String.fromCharCode(byte);

export function decodeTcvn3(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += TCVN3[byte] ?? latin(byte);
  return text;
}

/** A base letter and a VNI mark as one precomposed letter, or undefined when they do not make one. */
function combineVni(base: string, byte: number): string | undefined {
  const marks = VNI_MARKS[byte];
  if (marks === undefined || !VNI_BASES.has(base)) return undefined;
  const letter = (base + marks).normalize("NFC");
  return letter.length === 1 ? letter : undefined;
}

export function decodeVni(bytes: Uint8Array): string {
  let text = "";
  let previous = "";
  for (const byte of bytes) {
    const combined = combineVni(previous, byte);
    if (combined !== undefined) {
      text = text.slice(0, -1) + combined;
      // A letter takes one mark byte: the next one is read on its own.
      previous = "";
      continue;
    }
    previous = VNI_LETTERS[byte] ?? latin(byte);
    text += previous;
  }
  return text;
}

/** The reverse of a table: a letter to its bytes. */
function reverse(entries: Iterable<[string, number[]]>): Map<string, number[]> {
  const map = new Map<string, number[]>();
  for (const [letter, bytes] of entries) if (!map.has(letter)) map.set(letter, bytes);
  return map;
}

const entries = (table: Readonly<Record<number, string>>): [string, number[]][] =>
  Object.entries(table).map(([byte, letter]) => [letter, [Number(byte)]]);

const CP1252_BYTES = reverse(CP1252.map((char, byte): [string, number[]] => [char, [byte]]));
const TCVN3_BYTES = reverse(entries(TCVN3));
const VNI_BYTES = reverse([
  ...entries(VNI_LETTERS),
  ...[...VNI_BASES].flatMap((base) =>
    Object.keys(VNI_MARKS).flatMap((key): [string, number[]][] => {
      const mark = Number(key);
      const letter = combineVni(base, mark);
      // The mark for a capital after a capital, for a small letter after a small one.
      const matches = (base === base.toUpperCase()) === mark < 0xe0;
      return letter === undefined || !matches ? [] : [[letter, [...(vniBytesOfBase(base) ?? []), mark]]];
    }),
  ),
]);

function vniBytesOfBase(base: string): number[] | undefined {
  for (const [byte, letter] of Object.entries(VNI_LETTERS)) if (letter === base) return [Number(byte)];
  const code = base.charCodeAt(0);
  return code < 0x80 ? [code] : undefined;
}

function encodeWith(table: Map<string, number[]>, text: string, name: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text.normalize("NFC")) {
    const code = table.get(char) ?? (char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : CP1252_BYTES.get(char));
    if (code === undefined) throw new RangeError(`${name} has no code for '${char}'`);
    bytes.push(...code);
  }
  return Uint8Array.from(bytes);
}

/** Text in TCVN3; a letter it has no code for (a capital with a tone) is an error. */
export const encodeTcvn3 = (text: string): Uint8Array => encodeWith(TCVN3_BYTES, text, "TCVN3");

/** Text in VNI-Windows. */
export const encodeVni = (text: string): Uint8Array => encodeWith(VNI_BYTES, text, "VNI");

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const VIETNAMESE_LETTER = /^[a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]$/u;
/** The vowels of a Vietnamese syllable, its tones taken off. */
const NUCLEI = [
  ..."aăâeêioôơuưy",
  ..."ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ ưa ưi ươ ưu uy yê".split(" "),
  ..."iêu yêu ươi ươu uôi oai oay oeo uây uya uyê uyu".split(" "),
];
/** The shape of a Vietnamese syllable, its tones taken off: an initial consonant, its vowels, a final consonant. */
const SYLLABLE = new RegExp(
  `^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?(?:${NUCLEI.join("|")})(?:ch|nh|ng|[cmnpt])?$`,
  "u",
);

/**
 * How Vietnamese a decoded text reads: the words with a letter beyond ASCII that are Vietnamese
 * syllables (letters of the alphabet, one tone at most, a syllable's shape), less twice those
 * that are not.
 */
export function vietnameseScore(text: string): number {
  let score = 0;
  for (const [word] of allMatches(/[\p{L}\p{M}]+/gu, text.normalize("NFC").toLowerCase())) {
    if (/^[\x00-\x7f]*$/.test(word)) continue;
    const letters = [...word];
    const tones = word.normalize("NFD").match(TONES)?.length ?? 0;
    const bare = word.normalize("NFD").replace(TONES, "").normalize("NFC");
    const good =
      letters.every((letter) => VIETNAMESE_LETTER.test(letter)) &&
      tones <= 1 &&
      SYLLABLE.test(bare);
    score += good ? 1 : -2;
  }
  return score;
}

export type LegacyEncoding = "windows-1258" | "tcvn3" | "vni";

/**
 * Which single-byte encoding reads these bytes (not UTF-8) as Vietnamese best: each decodes
 * them, and the one whose words are most often Vietnamese syllables wins. Windows-1258 wins a
 * tie: it is the one a standard names.
 */
export function detectLegacy(bytes: Uint8Array, windows1258: (bytes: Uint8Array) => string): LegacyEncoding {
  const sample = bytes.subarray(0, 64 * 1024);
  const scores: [LegacyEncoding, number][] = [
    ["windows-1258", vietnameseScore(windows1258(sample))],
    ["tcvn3", vietnameseScore(decodeTcvn3(sample))],
    ["vni", vietnameseScore(decodeVni(sample))],
  ];
  let best = scores[0] as [LegacyEncoding, number];
  for (const candidate of scores) if (candidate[1] > best[1]) best = candidate;
  return best[0];
}
