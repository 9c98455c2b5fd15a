import { describe, expect, it } from "vitest";
import { blankRanges, firstFrom, within } from "../../src/text/ranges.js";

describe("ranges of the text", () => {
  const items = [
    { start: 2, end: 5 },
    { start: 4, end: 9 },
    { start: 12, end: 14 },
  ];

  it.each([
    ["those wholly inside", 0, 10, [items[0], items[1]]],
    ["none when the window cuts them", 3, 8, []],
    ["the last alone", 10, 20, [items[2]]],
  ])("finds %s a window", (_name, from, to, expected) => {
    expect(within(items, from, to)).toEqual(expected);
  });

  it("finds the first item starting at or after a position", () => {
    expect(firstFrom(items, 3)).toEqual(items[1]);
    expect(firstFrom(items, 13)).toBeUndefined();
  });

  it("blanks ranges, overlapping ones too, keeping the length and the offsets", () => {
    expect(blankRanges("0123456789abcdef", 0, items)).toBe("01       9ab  ef");
    expect(blankRanges("456789", 4, [{ start: 6, end: 8 }])).toBe("45  89");
    expect(blankRanges("abc", 0, [])).toBe("abc");
  });
});
