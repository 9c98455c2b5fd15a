/** Written-out numbers that articles use: value → surface forms. */
export const numberWords = {
  "0.5": ["half"],
  "1": ["one"],
  "2": ["two"],
  "3": ["three"],
  "4": ["four"],
  "5": ["five"],
  "6": ["six"],
  "7": ["seven"],
  "8": ["eight"],
  "9": ["nine"],
  "10": ["ten"],
  "11": ["eleven"],
  "12": ["twelve"],
  "20": ["twenty"],
  "30": ["thirty"],
  "40": ["forty"],
  "50": ["fifty"],
  "60": ["sixty"],
  "70": ["seventy"],
  "80": ["eighty"],
  "90": ["ninety"],
} as const;

/** "doubled" = 2 times, "tripled" = 3 times, "double the figure of 2025" (not "double-digit"). */
export const ratioWords = {
  "2": ["doubled", "twice", "double"],
  "3": ["tripled", "triple"],
  "4": ["quadrupled", "quadruple"],
} as const;
