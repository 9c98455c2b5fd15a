import { englishCorpora } from "../corpus/en/index.js";
import { runCorpus } from "../corpus/runner.js";

for (const corpus of Object.values(englishCorpora)) runCorpus(corpus);
