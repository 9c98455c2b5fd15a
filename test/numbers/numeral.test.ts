import { describe, expect, it } from "vitest";
import { decideNumberStyle, readNumeral, styleEvidence, type NumberStyle, type StyleEvidence } from "../../src/numbers/numeral.js";
import { toPlain } from "../../src/numbers/decimal.js";

describe("styleEvidence", () => {
  it.each<[string, StyleEvidence, string]>([
    ["94,3", "vi", "a decimal comma with other than three digits after it is Vietnamese"],
    ["0,75", "vi", "a decimal comma before two digits is Vietnamese"],
    ["3.5", "en", "a decimal point with other than three digits after it is English"],
    ["1.234.567", "vi", "dots grouping thousands twice are Vietnamese"],
    ["1,234,567", "en", "commas grouping thousands twice are English"],
    ["1.234,56", "vi", "dot thousands then a decimal comma are Vietnamese"],
    ["1,234.56", "en", "comma thousands then a decimal point are English"],
    ["500.000", "either", "one separator before exactly three digits may be either style"],
    ["1,200", "either", "one comma before exactly three digits may be either style"],
    ["2024", "either", "digits alone say nothing about the style"],
    ["1.2.3", "invalid", "dots grouping other than three digits are no number"],
    ["1,23,4", "invalid", "commas grouping other than three digits are no number"],
    ["1.234.56", "invalid", "a uniform separator with a short last group is no number"],
    ["1.234,5.6", "invalid", "a separator used on both sides of the decimal one is no number"],
    ["12a", "invalid", "letters are no numeral"],
  ])("%s → %s: %s", (raw, evidence) => {
    expect(styleEvidence(raw)).toBe(evidence);
  });
});

describe("readNumeral", () => {
  it.each<[string, NumberStyle, string, string]>([
    // raw, document style, exact value, number as stated (dot decimals, no grouping)
    ["94,3", "vi", "94.3", "94.3"],
    ["94,3", "en", "94.3", "94.3"],
    ["500.000", "vi", "500000", "500000"],
    ["1.234,56", "vi", "1234.56", "1234.56"],
    ["1.234,56", "en", "1234.56", "1234.56"],
    ["1,234.56", "vi", "1234.56", "1234.56"],
    ["3.5", "vi", "3.5", "3.5"],
    ["1.234.567", "en", "1234567", "1234567"],
    ["1,234,567", "vi", "1234567", "1234567"],
    ["1,200", "en", "1200", "1200"],
    ["1,200", "vi", "1.2", "1.200"],
    ["1.234,567", "vi", "1234.567", "1234.567"],
    ["0,5", "vi", "0.5", "0.5"],
    ["838", "vi", "838", "838"],
  ])("reads %s in a %s-style document as %s", (raw, style, value, number) => {
    const n = readNumeral(raw, style);
    expect(n).not.toBeNull();
    expect(toPlain(n!.value)).toBe(value);
    expect(n!.number).toBe(number);
  });

  it.each([["1.2.3"], ["1,23,4"], ["12.5.6"], ["1,2,3"], ["1.234.56"]])("returns null for %s, which is a number in neither style", (raw) => {
    expect(readNumeral(raw, "vi")).toBeNull();
    expect(readNumeral(raw, "en")).toBeNull();
  });

  it.each<[string, NumberStyle, string, string]>([
    ["500.000", "vi", "500000", "500"],
    ["500.000", "en", "500", "500000"],
    ["108,987", "vi", "108.987", "108987"],
    ["108,987", "en", "108987", "108.987"],
  ])("marks %s as ambiguous in a %s document: reads %s, and gives %s as the other reading", (raw, style, value, other) => {
    const n = readNumeral(raw, style)!;
    expect(n.ambiguous).toBe(true);
    expect(toPlain(n.value)).toBe(value);
    expect(n.otherReading).toBe(other);
  });

  it.each([["94,3"], ["1.234,56"], ["1.234.567"], ["2024"], ["3.5"]])("does not mark %s as ambiguous: its shape decides", (raw) => {
    expect(readNumeral(raw, "vi")!.ambiguous).toBe(false);
    expect(readNumeral(raw, "vi")!.otherReading).toBeUndefined();
  });

  it("keeps every digit of a long figure exact, beyond what a JS number holds", () => {
    expect(toPlain(readNumeral("9.007.199.254.740.993", "vi")!.value)).toBe("9007199254740993");
    expect(toPlain(readNumeral("1.234.567.890,123456789", "vi")!.value)).toBe("1234567890.123456789");
  });
});

describe("decideNumberStyle", () => {
  it.each<[string, string[], NumberStyle, boolean]>([
    ["a Vietnamese decimal comma decides Vietnamese", ["94,3", "2024"], "vi", true],
    ["an English decimal point decides English", ["3.5", "2024", "1,200"], "en", true],
    ["a majority of one telling numeral leaves the style Vietnamese but undecided", ["3.5", "1.234,5", "94,3"], "vi", false],
    ["a majority of two telling numerals decides", ["3.5", "1.234,5", "94,3", "7,25"], "vi", true],
    ["English decides English by the same margin", ["3.5", "2.75", "1,234.5", "4,2"], "en", true],
    ["a tie stays Vietnamese, undecided", ["3.5", "4,2"], "vi", false],
    ["numerals that may be either leave the style undecided and Vietnamese", ["500.000", "1,200", "2024"], "vi", false],
    ["no numerals leave it undecided", [], "vi", false],
    ["invalid shapes give no evidence", ["1.2.3"], "vi", false],
  ])("%s", (_name, raws, style, decided) => {
    expect(decideNumberStyle(raws)).toEqual({ style, decided });
  });
});
