/**
 * A test of one UTF-16 code unit against `pattern` (a class of single characters, such as /\s/u),
 * asked of the pattern once for each code unit and remembered: for loops over the characters of
 * a text, where a pattern tested on each character as a string costs a call and a string each.
 */
export function unitTest(pattern: RegExp): (code: number) => boolean {
  // 0 not asked yet, 1 matches, 2 does not.
  const known = new Uint8Array(0x10000);
  return (code) => {
    if (known[code] === 0) known[code] = pattern.test(String.fromCharCode(code)) ? 1 : 2;
    return known[code] === 1;
  };
}

/** White space as /\s/ and String.prototype.trim read it. */
export const isWhiteSpace = unitTest(/\s/u);
