import { describe, expect, it } from "vitest";
import { alternation, escapeRegExp, foldKey, invert, madeOf, withCapitals, WORD_END, WORD_START } from "../../src/grammar/alternation.js";

describe("alternation", () => {
  const match = (surfaces: string[], text: string): string | undefined => new RegExp(`(?:${alternation(surfaces)})`, "u").exec(text)?.[0];

  it("tries the longest surface first", () => {
    expect(match(["nghìn", "nghìn tỷ"], "1,5 nghìn tỷ đồng")).toBe("nghìn tỷ");
  });

  it("lets one space in a surface match a run of spaces", () => {
    expect(match(["nghìn tỷ"], "1,5 nghìn   tỷ")).toBe("nghìn   tỷ");
  });

  it("escapes regex characters", () => {
    expect(match(["US$", "TP."], "4 US$")).toBe("US$");
    expect(match(["TP."], "TPX")).toBeUndefined();
  });

  it("composes surfaces to NFC", () => {
    expect(match(["tỷ".normalize("NFD")], "838 tỷ")).toBe("tỷ");
  });

  it("lists each surface once", () => {
    expect(alternation(["tỷ", "tỷ", "tỉ"]).split("|")).toHaveLength(2);
  });
});

describe("withCapitals", () => {
  it("adds each surface with a capital first letter, Vietnamese letters included", () => {
    expect(withCapitals(["ngày", "điện thoại"])).toEqual(["ngày", "Ngày", "điện thoại", "Điện thoại"]);
  });

  it("leaves the rest of a surface as it is", () => {
    expect(withCapitals(["khu vực"])).toEqual(["khu vực", "Khu vực"]);
  });
});

describe("madeOf", () => {
  const linking = madeOf(["[\\s,]+", `(?:${alternation(["was", "up", "was up", "by"])})${WORD_END}`]);

  it.each([
    ["", true],
    [", was up by ", true],
    ["was up, was up", true],
    ["was upward", false],
    ["was up by 5", false],
  ])("reads %j as made of the pieces: %s", (text, made) => {
    expect(linking.test(text)).toBe(made);
  });

  it("takes a piece that is two others joined, and the two apart", () => {
    expect(linking.test("was up")).toBe(true);
    expect(linking.test("up was")).toBe(true);
  });
});

describe("word edges", () => {
  it.each([
    ["đ", "5 đ.", true],
    ["đ", "5 đơn vị", false],
    ["ha", "500 ha rừng", true],
    ["ha", "500 hai", false],
  ])("matches %s as a whole word in '%s': %s", (word, text, found) => {
    expect(new RegExp(`${WORD_START}${escapeRegExp(word)}${WORD_END}`, "u").test(text)).toBe(found);
  });
});

describe("invert and foldKey", () => {
  it("maps every surface, folded, to its canonical value", () => {
    const map = invert({ VND: ["đồng", "VNĐ"], USD: ["USD", "đô la"] });
    expect(map.get("vnđ")).toBe("VND");
    expect(map.get("đô la")).toBe("USD");
    expect(map.get("usd")).toBe("USD");
  });

  it.each([
    ["  Đô   La ", "đô la"],
    ["TỶ".normalize("NFD"), "tỷ"],
  ])("folds %j to %j", (input, key) => {
    expect(foldKey(input)).toBe(key);
  });
});
