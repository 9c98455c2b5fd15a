import { lineBreaks } from "../corpus/line-breaks.js";
import { runCorpus } from "../corpus/runner.js";

runCorpus(lineBreaks);
