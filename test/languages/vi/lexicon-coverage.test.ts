import { fileURLToPath } from "node:url";
import * as areas from "../../../src/languages/vi/lexicon/areas.js";
import * as changes from "../../../src/languages/vi/lexicon/changes.js";
import * as comparisons from "../../../src/languages/vi/lexicon/comparisons.js";
import * as discourse from "../../../src/languages/vi/lexicon/discourse.js";
import * as furniture from "../../../src/languages/vi/lexicon/furniture.js";
import * as numbers from "../../../src/languages/vi/lexicon/numbers.js";
import * as periods from "../../../src/languages/vi/lexicon/periods.js";
import * as qualifiers from "../../../src/languages/vi/lexicon/qualifiers.js";
import * as scales from "../../../src/languages/vi/lexicon/scales.js";
import * as units from "../../../src/languages/vi/lexicon/units.js";
import { allExamples } from "../../corpus/index.js";
import { describeLexiconCoverage } from "../../support/lexicon-coverage.js";

describeLexiconCoverage(
  "lexicon coverage",
  fileURLToPath(new URL("../../../src/languages/vi/lexicon/", import.meta.url)),
  { areas, changes, comparisons, discourse, furniture, numbers, periods, qualifiers, scales, units },
  allExamples.map(({ example }) => example.text),
  // scaledMeasures maps "tạ" → ["t", "0.1"]: its surface forms are its keys.
  { keyedBySurface: new Set(["scaledMeasures"]) },
);
