import iconv from "iconv-lite";
import { describe, expect, test } from "vitest";
import {
  decodeTcvn3,
  decodeVni,
  detectLegacy,
  encodeTcvn3,
  encodeVni,
  TCVN3,
  VNI_LETTERS,
  VNI_MARKS,
} from "../../src/cli/legacy-encodings.js";

const SENTENCES = [
  "Doanh thu bán lẻ hàng hóa đạt 838 tỷ đồng.",
  "Tổng sản phẩm trên địa bàn tỉnh (GRDP) năm 2024 ước tăng 7,2% so với năm trước; khu vực nông, lâm nghiệp và thủy sản tăng 3,1%.",
  "Kim ngạch xuất khẩu ước đạt 20 triệu USD, tăng 5,4% so với cùng kỳ.",
  "Tỷ lệ hộ nghèo giảm còn 1,5%; số doanh nghiệp thành lập mới là 312 doanh nghiệp.",
];

/** Every small letter of the Vietnamese alphabet with every tone it can take. */
const VOWELS = [..."aăâeêioôơuưy"];
const TONED = VOWELS.flatMap((v) => ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"].map((t) => (v + t).normalize("NFC")));
const SMALL = [...TONED, "đ"];
const CAPITAL = SMALL.map((letter) => letter.toUpperCase());

const windows1258 = (bytes: Uint8Array): string => iconv.decode(Buffer.from(bytes), "windows1258");
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const toCp1258Form = (text: string): string =>
  [...text]
    .map((c) => {
      const d = c.normalize("NFD");
      return d.replace(TONES, "").normalize("NFC") + (d.match(TONES)?.join("") ?? "");
    })
    .join("");

describe("TCVN3", () => {
  test("has one code for each small letter beyond ASCII, and the seven capitals with no tone", () => {
    const letters = Object.values(TCVN3);
    expect(new Set(letters).size).toBe(letters.length);
    for (const letter of SMALL.filter((l) => !/^[a-z]$/.test(l))) expect(letters).toContain(letter);
    expect(letters.filter((letter) => letter !== letter.toLowerCase()).sort()).toEqual([..."ĂÂÊÔƠƯĐ"].sort());
    for (const code of Object.keys(TCVN3)) expect(Number(code)).toBeGreaterThanOrEqual(0xa1);
  });

  test.each(SENTENCES)("encodes and decodes back: %s", (sentence) => {
    const bytes = encodeTcvn3(sentence);
    expect(bytes.every((byte) => byte < 0x100)).toBe(true);
    expect(bytes.length).toBe([...sentence.normalize("NFC")].length);
    expect(decodeTcvn3(bytes)).toBe(sentence);
  });

  test("reads the published codes: ViÖt Nam, ®¹t, n¨m", () => {
    expect(decodeTcvn3(Buffer.from("ViÖt Nam ®¹t n¨m", "latin1"))).toBe("Việt Nam đạt năm");
  });

  test("has no code for a capital with a tone", () => {
    expect(() => encodeTcvn3("Ổn")).toThrow(RangeError);
  });
});

describe("VNI", () => {
  test("a base letter and a mark byte make each letter, capitals too", () => {
    for (const letter of [...SMALL, ...CAPITAL]) {
      const bytes = encodeVni(letter);
      expect(bytes.length).toBeLessThanOrEqual(2);
      expect(decodeVni(bytes)).toBe(letter);
    }
  });

  test("the mark byte of a capital is 0x20 below that of the small letter", () => {
    for (const [code, marks] of Object.entries(VNI_MARKS)) {
      const byte = Number(code);
      expect(VNI_MARKS[byte < 0xe0 ? byte + 0x20 : byte - 0x20]).toBe(marks);
    }
    for (const [code, letter] of Object.entries(VNI_LETTERS)) {
      const byte = Number(code);
      if (byte >= 0xe0) expect(VNI_LETTERS[byte - 0x20]).toBe(letter.toUpperCase());
    }
  });

  test.each([...SENTENCES, "VIỆT NAM ĐẠT TĂNG TRƯỞNG"])("encodes and decodes back: %s", (sentence) => {
    expect(decodeVni(encodeVni(sentence))).toBe(sentence);
  });

  test("reads the published spelling: Vieät Nam, ñaït, naêm, öôùc", () => {
    expect(decodeVni(Buffer.from("Vieät Nam ñaït naêm öôùc", "latin1"))).toBe("Việt Nam đạt năm ước");
  });

  test("a mark byte after no vowel is the Windows-1252 letter", () => {
    expect(decodeVni(Buffer.from("mù caù", "latin1"))).toBe("mù cá");
  });
});

describe("detection of a legacy encoding", () => {
  test.each(SENTENCES)("tells TCVN3, VNI and Windows-1258 apart: %s", (sentence) => {
    expect(detectLegacy(encodeTcvn3(sentence), windows1258)).toBe("tcvn3");
    expect(detectLegacy(encodeVni(sentence), windows1258)).toBe("vni");
    expect(detectLegacy(iconv.encode(toCp1258Form(sentence), "windows1258"), windows1258)).toBe("windows-1258");
  });

  test("falls back on Windows-1258 when nothing reads as Vietnamese", () => {
    expect(detectLegacy(Buffer.from("Caf\xe9 cr\xe8me br\xfbl\xe9e", "latin1"), windows1258)).toBe("windows-1258");
  });
});
