import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "../../src/index.js";
import { charLevelText, decomposeInAnyOrder, render, reportLike } from "./arbitraries.js";
import { check, reading, runs, show, spanMismatch } from "./run.js";

/** Both spellings read the same (values, units, subjects after NFC), each with spans into its own string. */
const sameReading = (a: string, b: string): void => {
  const ra = extract(a).records;
  const rb = extract(b).records;
  const texts = `first: ${show(a)}\nsecond: ${show(b)}`;
  expect(spanMismatch(a, ra), texts).toBeNull();
  expect(spanMismatch(b, rb), texts).toBeNull();
  expect(rb.map(reading), texts).toEqual(ra.map(reading));
};

const nfcAndNfd = (text: string): void => sameReading(text.normalize("NFC"), text.normalize("NFD"));

describe("NFC and NFD forms of the same text give the same records", () => {
  it("arbitrary strings: NFD reads as NFC", () => {
    check("arbitrary strings: NFD reads as NFC", fc.property(charLevelText(), nfcAndNfd), runs(4000));
  });

  it("arbitrary strings as generated (combining marks in any order) read as their NFC form", () => {
    check(
      "arbitrary strings as generated (combining marks in any order) read as their NFC form",
      fc.property(charLevelText(), (text) => sameReading(text.normalize("NFC"), text)),
      runs(4000),
      // Found by this property: characters whose NFC is another character, with no mark after them.
      // U+037E GREEK QUESTION MARK is canonically ";", U+212A KELVIN SIGN is "K".
      // And mojibake whose lead is decomposed or is the Ångström sign ("Å" and a soft hyphen is "ŭ").
      ["Doanh thu đạt 5 tỷ đồng\u037e tăng 3%", "\u037e0%", "\u212a0%", "0\u212b\u00ad", "sá»­ dá»¥ng 5 tá»· Ä‘á»“ng".normalize("NFD")].map((text) => [text] as [string]),
    );
  });

  it("report-like text: NFD reads as NFC", () => {
    check("report-like text: NFD reads as NFC", fc.property(reportLike.map(render), nfcAndNfd), runs(2000));
  });

  it("report-like text with its marks decomposed in any canonical order reads as NFC", () => {
    check(
      "report-like text with its marks decomposed in any canonical order reads as NFC",
      fc.property(reportLike.map(render), fc.array(fc.nat({ max: 9 }), { minLength: 1, maxLength: 16 }), (text, keys) =>
        sameReading(text.normalize("NFC"), decomposeInAnyOrder(text, keys)),
      ),
      runs(1000),
    );
  });
});
