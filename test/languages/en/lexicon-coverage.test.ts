import { fileURLToPath } from "node:url";
import * as areas from "../../../src/languages/en/lexicon/areas.js";
import * as changes from "../../../src/languages/en/lexicon/changes.js";
import * as comparisons from "../../../src/languages/en/lexicon/comparisons.js";
import * as discourse from "../../../src/languages/en/lexicon/discourse.js";
import * as furniture from "../../../src/languages/en/lexicon/furniture.js";
import * as numbers from "../../../src/languages/en/lexicon/numbers.js";
import * as periods from "../../../src/languages/en/lexicon/periods.js";
import * as qualifiers from "../../../src/languages/en/lexicon/qualifiers.js";
import * as scales from "../../../src/languages/en/lexicon/scales.js";
import * as units from "../../../src/languages/en/lexicon/units.js";
import { allEnglishExamples } from "../../corpus/en/index.js";
import { describeLexiconCoverage } from "../../support/lexicon-coverage.js";

describeLexiconCoverage(
  "English lexicon coverage",
  fileURLToPath(new URL("../../../src/languages/en/lexicon/", import.meta.url)),
  { areas, changes, comparisons, discourse, furniture, numbers, periods, qualifiers, scales, units },
  allEnglishExamples.map(({ example }) => example.text),
  {
    // Closed lists of function words that only stop or trim a phrase (prepositions, auxiliaries,
    // joints): English itself, not the vocabulary of figures, exercised wherever a subject is
    // trimmed or a noun phrase stops. Every other list is covered word by word.
    exempt: new Set([
      "discourse.leadingFillers", "discourse.trailingFillers", "discourse.clauseVerbs", "discourse.danglingWords",
      "discourse.sourceLeads", "discourse.continuations", "units.functionWords", "units.notCounted", "units.durations",
    ]),
  },
);
