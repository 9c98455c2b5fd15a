import { counts } from "../corpus/counts.js";
import { numbers } from "../corpus/numbers.js";
import { runCorpus } from "../corpus/runner.js";
import { scales } from "../corpus/scales.js";

runCorpus(numbers);
runCorpus(scales);
runCorpus(counts);
import { units } from "../corpus/units.js";

runCorpus(units);
import { qualifiers } from "../corpus/qualifiers.js";

runCorpus(qualifiers);
import { numberWords } from "../corpus/number-words.js";

runCorpus(numberWords);
