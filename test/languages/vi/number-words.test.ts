import { describe, expect, it } from "vitest";
import { toPlain } from "../../../src/numbers/decimal.js";
import { findNumberWords, findRatioWords, readNumberWords } from "../../../src/languages/vi/number-words.js";

describe("readNumberWords", () => {
  it.each([
    ["một", "1"],
    ["mười", "10"],
    ["mười lăm", "15"],
    ["mười bẩy", "17"],
    ["hai mươi", "20"],
    ["hai mươi mốt", "21"],
    ["ba mươi tư", "34"],
    ["sáu mươi nhăm", "65"],
    ["chín mươi chín", "99"],
    ["một trăm", "100"],
    ["một trăm linh năm", "105"],
    ["một trăm lẻ tám", "108"],
    ["hai trăm mười", "210"],
    ["ba trăm hai mươi lăm", "325"],
    ["nửa", "0.5"],
    ["một nửa", "0.5"],
    ["Hai Mươi Mốt", "21"],
  ])("reads %s as %s", (words, value) => {
    expect(toPlain(readNumberWords(words)!)).toBe(value);
  });

  it.each([
    ["mốt", "'mốt' stands only after a ten"],
    ["lăm", "'lăm' stands only after a ten"],
    ["mươi", "'mươi' needs a digit before it"],
    ["hai ba", "two digits in a row"],
    ["linh năm", "'linh' needs hundreds before it"],
    ["trăm", "'trăm' needs a digit before it"],
    ["doanh nghiệp", "no number word"],
  ])("returns null for %s (%s)", (words) => {
    expect(readNumberWords(words)).toBeNull();
  });
});

describe("findNumberWords", () => {
  it("finds the runs of number words in a sentence with their offsets", () => {
    const text = "Huyện có mười lăm doanh nghiệp và hai mươi mốt hợp tác xã.";
    expect(findNumberWords(text).map((h) => [h.text, toPlain(h.value), text.slice(h.start, h.end)])).toEqual([
      ["mười lăm", "15", "mười lăm"],
      ["hai mươi mốt", "21", "hai mươi mốt"],
    ]);
  });
});

describe("findRatioWords", () => {
  it.each([
    ["gấp đôi", "2"],
    ["gấp rưỡi", "1.5"],
    ["gấp ba", "3"],
    ["gấp bốn", "4"],
    ["gấp năm", "5"],
    ["gấp mười", "10"],
  ])("reads %s as %s times", (words, value) => {
    const hits = findRatioWords(`Doanh thu tăng ${words} so với năm 2020.`);
    expect(hits.map((h) => [h.text, toPlain(h.value)])).toEqual([[words, value]]);
  });
});
