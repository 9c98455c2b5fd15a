import { comparisons } from "../corpus/comparisons.js";
import { runCorpus } from "../corpus/runner.js";

runCorpus(comparisons);
