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
  "13": ["thirteen"],
  "14": ["fourteen"],
  "15": ["fifteen"],
  "16": ["sixteen"],
  "17": ["seventeen"],
  "18": ["eighteen"],
  "19": ["nineteen"],
  "20": ["twenty"],
  "30": ["thirty"],
  "40": ["forty"],
  "50": ["fifty"],
  "60": ["sixty"],
  "70": ["seventy"],
  "80": ["eighty"],
  "90": ["ninety"],
} as const;

/** A place in a ranking written in words after a verb of ranking: "ranking second nationwide" = 2. */
export const rankLeads = ["ranked", "ranking", "ranks", "came", "stood", "placed", "finished"] as const;
export const ordinalWords = {
  "1": ["first"],
  "2": ["second"],
  "3": ["third"],
  "4": ["fourth"],
  "5": ["fifth"],
  "6": ["sixth"],
  "7": ["seventh"],
  "8": ["eighth"],
  "9": ["ninth"],
  "10": ["tenth"],
  "11": ["eleventh"],
  "12": ["twelfth"],
  "13": ["thirteenth"],
  "14": ["fourteenth"],
  "15": ["fifteenth"],
  "16": ["sixteenth"],
  "17": ["seventeenth"],
  "18": ["eighteenth"],
  "19": ["nineteenth"],
  "20": ["twentieth"],
} as const;

/** "doubled" = 2 times, "tripled" = 3 times, "double the figure of 2025" (not "double-digit"). */
export const ratioWords = {
  "2": ["doubled", "twice", "double"],
  "3": ["tripled", "triple"],
  "4": ["quadrupled", "quadruple"],
} as const;

/**
 * Words right before a number that say which one it is, not how many: a document ("Decree 13",
 * "Article 12", "page 4"), a table or an annex ("Table 2", "Appendix 3"), a phone line, an address
 * ("Address: 26 …"), an edition or a session, a road ("National Highway 51"). Read in lower case and
 * with a capital first letter.
 */
export const namingWords = [
  "number", "decree", "resolution", "decision", "circular", "directive", "article", "clause", "chapter", "section",
  "page", "hotline", "phone", "fax", "version", "session", "law", "table", "chart", "annex", "appendix", "grade", "address",
  "highway", "national highway", "route",
] as const;

/** Words before an age that bounds a group ("workers aged 15 and above"): the age is no figure. */
export const ageWords = ["aged", "aged between", "ages"] as const;

/** Naming words read only as written: "No. 31", "Nos 4", "Tel. 0912" ("no 5" is rather "no five"). */
export const namingWordsAsWritten = ["No.", "No", "Nos.", "Nos", "Tel.", "Tel"] as const;
