import { describe, expect, it } from "vitest";
import { WORD_END, WORD_START } from "../../src/grammar/alternation.js";
import { allMatches, endsWith, matchAt, replaceMatches } from "../../src/grammar/ends-with.js";

const spans = (matches: Iterable<RegExpExecArray>): [number, string][] => [...matches].map((m) => [m.index, m[0]]);

describe("allMatches", () => {
  it.each([
    ["figures in a sentence", /\d+(?:,\d+)?/gu, "Sản lượng đạt 12,5 nghìn tấn, tăng 3% so với 2023."],
    ["no match at all", /\d+/gu, "không có con số nào"],
    ["empty matches at every position", /x*/gu, "axxb"],
    ["empty matches between letters beyond the basic plane", /(?:)/gu, "a𝟘b"],
    ["empty matches without the unicode flag", /(?:)/g, "a𝟘b"],
    ["named groups", /(?<n>\d+)\s+(?<unit>ha|tấn)/gu, "trồng 30 ha lúa, thu 120 tấn"],
  ])("finds what matchAll finds: %s", (_, pattern, text) => {
    expect(spans(allMatches(pattern, text))).toEqual(spans(text.matchAll(pattern)));
  });

  // (Searched for without its word start, which is then tested where the rest matched.)
  it.each([
    ["a word at word starts only", new RegExp(`${WORD_START}năm\\s+(?<year>\\d{4})`, "giu"), "năm 2024, Mnăm 2023, cả năm 2025 và 3năm 2026"],
    ["a match inside a word, then one at the next word start", new RegExp(`${WORD_START}\\d{2}`, "gu"), "a123 45 x6789 𝟘12 12"],
    ["case folded", new RegExp(`${WORD_START}quý\\s+(?:I|II)${WORD_END}`, "giu"), "QUÝ II, Quý I, xquý I"],
    ["empty matches", new RegExp(`${WORD_START}\\d*`, "gu"), "a1 22 b𝟘3 "],
    ["an alternation of the whole pattern", new RegExp(`${WORD_START}tháng|\\d+`, "gu"), "xtháng 12, tháng 3"],
    ["a class and a group holding a bar", new RegExp(`${WORD_START}(?:a|b)[|]c`, "gu"), "a|c xb|c b|c"],
    ["another lookbehind", /(?<![\p{L}\p{M}])(?:so với|so(?!\s+sánh))(?![\p{L}\p{M}])/giu, "so với 2023, so sánh, xso với, So 3"],
    ["a lookbehind of digits", /(?<!\d)\d{2}(?!\d)/gu, "12 123 4 56"],
    ["a lookbehind that must hold", /(?<=%\s{0,2})CK/gu, "5% CK, 6%CK, xCK"],
    ["a lookbehind holding a group", /(?<!(a))b/gu, "ab b cb"],
    ["a lookbehind holding a backreference", /(?<!\1)(x)/gu, "xx x"],
  ])("finds what matchAll finds, for a pattern opening with a lookbehind: %s", (_, pattern, text) => {
    expect(spans(allMatches(pattern, text))).toEqual(spans(text.matchAll(pattern)));
  });

  it.each([
    ["words", /(?<![\p{L}\p{M}])(?:so với|tính chung)(?![\p{L}\p{M}])/giu, "Tính chung 9 tháng, tăng 5% so với cùng kỳ"],
    ["none", /(?<!\d)\d{4}/gu, "không có năm nào"],
    ["empty matches", /(?<![\p{L}])x*/gu, "ax b𝟘 xx"],
  ])("replaces as String.prototype.replace does: %s", (_, pattern, text) => {
    expect(replaceMatches(pattern, text, " ")).toBe(text.replace(pattern, " "));
  });

  it("keeps the groups of each match", () => {
    expect(allMatches(/(?<n>\d+)\s+(?<unit>ha|tấn)/gu, "30 ha và 120 tấn").map((m) => m.groups?.unit)).toEqual(["ha", "tấn"]);
  });

  it("starts at the text's start whatever the pattern's lastIndex was, and leaves it at 0", () => {
    const pattern = /\d+/gu;
    pattern.lastIndex = 5;
    expect(spans(allMatches(pattern, "12 và 34"))).toEqual([
      [0, "12"],
      [6, "34"],
    ]);
    expect(pattern.lastIndex).toBe(0);
  });

  it("lets the caller run the same pattern while it walks the matches", () => {
    const pattern = /\d+/gu;
    const seen = allMatches(pattern, "1 2 3").map((m) => `${m[0]}:${allMatches(pattern, "7 8").length}`);
    expect(seen).toEqual(["1:2", "2:2", "3:2"]);
  });

  it("refuses a pattern without the global flag, as matchAll does", () => {
    expect(() => allMatches(/\d+/u, "12")).toThrow(/global/);
  });
});

describe("endsWith and matchAt", () => {
  it("finds a phrase that ends right at a position, starting at a word start", () => {
    const text = "Kim ngạch xuất khẩu tăng 12%";
    expect(endsWith(/xuất\s+khẩu\s+tăng\s*$/u, text, text.indexOf("12"), 40)).toBe(true);
    expect(endsWith(/khẩu\s+giảm\s*$/u, text, text.indexOf("12"), 40)).toBe(false);
  });

  it("matches an anchored pattern at a position without slicing", () => {
    expect(matchAt(/^tăng\s+(\d+)/u, "doanh thu tăng 8%", 10)?.[1]).toBe("8");
    expect(matchAt(/^tăng/u, "doanh thu tăng 8%", 9)).toBeNull();
  });
});
