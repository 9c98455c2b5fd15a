import { describe, expect, it } from "vitest";
import { D, pow10, toPlain } from "../../src/numbers/decimal.js";

describe("toPlain", () => {
  it.each([
    ["1e20", "100000000000000000000", "writes large values without an exponent"],
    ["1e-12", "0.000000000001", "writes small values without an exponent"],
    ["1.500", "1.5", "drops trailing zeros of the fraction"],
    ["-0.70", "-0.7", "keeps the sign of a negative value"],
    ["-0", "0", "writes negative zero as 0"],
    ["12.000", "12", "drops a fraction of zeros with its point"],
    ["838000000000", "838000000000", "leaves an integer as it is"],
  ])("%s → %s: %s", (input, plain) => {
    expect(toPlain(new D(input))).toBe(plain);
  });
});

describe("pow10", () => {
  it.each([
    [0, "1"],
    [2, "100"],
    [9, "1000000000"],
    [15, "1000000000000000"],
  ])("10^%i is exactly %s", (exponent, plain) => {
    expect(toPlain(pow10(exponent))).toBe(plain);
  });

  it("multiplies a decimal by a scale without float error", () => {
    expect(toPlain(new D("1.26").times(pow10(15)))).toBe("1260000000000000");
    expect(toPlain(new D("0.1").times(new D("61.2")))).toBe("6.12");
  });
});
