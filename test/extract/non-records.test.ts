import { nonRecords } from "../corpus/non-records.js";
import { runCorpus } from "../corpus/runner.js";

runCorpus(nonRecords);
