import { describe, expect, it } from "vitest";
import { segmentSentences } from "../../src/text/segment.js";

const pieces = (text: string): string[] => segmentSentences(text).map((s) => text.slice(s.start, s.end));

describe("segmentSentences", () => {
  it.each<[string, string, string[]]>([
    [
      "splits at a full stop followed by a capital",
      "Doanh thu đạt 838 tỷ đồng. Lợi nhuận tăng 12%.",
      ["Doanh thu đạt 838 tỷ đồng.", "Lợi nhuận tăng 12%."],
    ],
    [
      "splits at a full stop followed by a digit",
      "Kim ngạch tăng mạnh. 7 tháng năm 2023, xuất khẩu đạt 4,2 tỷ USD.",
      ["Kim ngạch tăng mạnh.", "7 tháng năm 2023, xuất khẩu đạt 4,2 tỷ USD."],
    ],
    [
      "splits at line breaks and trims the pieces",
      "  Báo cáo quý III/2024  \nDoanh thu đạt 838 tỷ đồng.",
      ["Báo cáo quý III/2024", "Doanh thu đạt 838 tỷ đồng."],
    ],
    [
      "splits at question and exclamation marks",
      "Vì sao giá tăng? Giá xăng tăng 5%!",
      ["Vì sao giá tăng?", "Giá xăng tăng 5%!"],
    ],
    [
      "keeps a closing quote with the sentence it ends",
      "Ông nói: \"Năm nay khó khăn.\" Doanh thu vẫn tăng 3%.",
      ["Ông nói: \"Năm nay khó khăn.\"", "Doanh thu vẫn tăng 3%."],
    ],
    [
      "does not split inside a number with a decimal point",
      "Kim ngạch đạt 3.5 tỷ USD trong năm.",
      ["Kim ngạch đạt 3.5 tỷ USD trong năm."],
    ],
    [
      "does not split at the dot of an abbreviation such as TP.",
      "Tại TP. Hồ Chí Minh, doanh thu đạt 1.200 tỷ đồng.",
      ["Tại TP. Hồ Chí Minh, doanh thu đạt 1.200 tỷ đồng."],
    ],
    [
      "does not split at a dot with no space after it",
      "Tại TP.HCM, doanh thu đạt 1.200 tỷ đồng.",
      ["Tại TP.HCM, doanh thu đạt 1.200 tỷ đồng."],
    ],
    [
      "keeps semicolons inside one sentence",
      "Xuất khẩu tăng 12%; nhập khẩu giảm 3%.",
      ["Xuất khẩu tăng 12%; nhập khẩu giảm 3%."],
    ],
    [
      "drops empty lines",
      "Dòng một.\n\n\nDòng hai.",
      ["Dòng một.", "Dòng hai."],
    ],
  ])("%s", (_name, text, want) => {
    expect(pieces(text)).toEqual(want);
  });

  it("counts paragraphs by line breaks", () => {
    const s = segmentSentences("Một. Hai.\nBa.");
    expect(s.map((x) => x.paragraph)).toEqual([0, 0, 1]);
  });

  it("returns nothing for blank text", () => {
    expect(segmentSentences("   \n  ")).toEqual([]);
  });
});
