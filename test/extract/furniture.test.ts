import { furniture } from "../corpus/furniture.js";
import { runCorpus } from "../corpus/runner.js";

runCorpus(furniture);
