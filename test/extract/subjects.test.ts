import { areas } from "../corpus/areas.js";
import { runCorpus } from "../corpus/runner.js";
import { subjects } from "../corpus/subjects.js";

runCorpus(subjects);
runCorpus(areas);
