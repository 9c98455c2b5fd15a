#!/usr/bin/env node
// `npm run bench:profile`: where extract() spends its time, by pipeline stage and by function,
// from V8's sampling CPU profiler over the benchmark's generated corpus. It prints two tables and
// writes the raw profile (bench/extract.cpuprofile: open it in Chrome DevTools → Performance, or
// in VS Code) for a closer look. Single thread, after a warm-up, like the benchmark. Options:
//   --mb N    size of the generated corpus in MB (default 5)
import { Session } from "node:inspector/promises";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { extract } from "../dist/index.js";
import { makeCorpus } from "./corpus.mjs";

const mbArg = process.argv.indexOf("--mb");
const CORPUS_BYTES = (mbArg > 0 ? Number(process.argv[mbArg + 1]) : 5) * 1e6;
const OUT = fileURLToPath(new URL("./extract.cpuprofile", import.meta.url));
// The pipeline's steps as extract.ts names them (a stage, or what runs before the stages).
const STAGES = [
  "normalizeText",
  "detectLanguage",
  "setAsideTables",
  "setAsideFurniture",
  "segment",
  "findMentions",
  "findQuantities",
  "readPredicates",
  "resolvePeriods",
  "attachComparisons",
  "findSubjects",
  "attachRestated",
  "checkConsistency",
  "toRecords",
];

const { docs, bytes } = makeCorpus({ minBytes: CORPUS_BYTES });
for (const doc of docs.slice(0, 60)) extract(doc);

const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 200 });
await session.post("Profiler.start");
const t0 = process.hrtime.bigint();
let records = 0;
for (const doc of docs) records += extract(doc).records.length;
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
const { profile } = await session.post("Profiler.stop");
session.disconnect();
writeFileSync(OUT, JSON.stringify(profile));

// Time per node from the samples, then self time per function and inclusive time per function
// (each sample counted once per function on its stack, so recursion is not counted twice).
const parentOf = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const timeOf = new Map();
let total = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  timeOf.set(id, (timeOf.get(id) ?? 0) + dt);
  total += dt;
});
const nameOf = (node) => {
  const { functionName, url, lineNumber } = node.callFrame;
  // A regex's own time is named by its source, cut short.
  if (functionName.startsWith("RegExp: ")) return functionName.length > 90 ? `${functionName.slice(0, 90)}…` : functionName;
  if (!url) return functionName || "(anonymous)";
  return `${functionName || "(anonymous)"} ${url.split("/").slice(-2).join("/")}:${lineNumber + 1}`;
};
const self = new Map();
const inclusive = new Map();
for (const [id, time] of timeOf) {
  const leaf = byId.get(id);
  self.set(nameOf(leaf), (self.get(nameOf(leaf)) ?? 0) + time);
  const seen = new Set();
  for (let at = id; at !== undefined; at = parentOf.get(at)) {
    const fn = byId.get(at).callFrame.functionName;
    if (seen.has(fn)) continue;
    seen.add(fn);
    inclusive.set(fn, (inclusive.get(fn) ?? 0) + time);
  }
}
const share = (time) => `${((100 * time) / total).toFixed(1).padStart(5)}%`;

console.log(`extract() over ${docs.length} documents, ${(bytes / 1e6).toFixed(2)} MB: ${secs.toFixed(2)} s, ${(bytes / 1e6 / secs).toFixed(2)} MB/s, ${records} records`);
console.log(`\nBy pipeline step (inclusive time, of all samples; "extract" is the whole call):`);
for (const name of ["extract", ...STAGES]) console.log(`  ${share(inclusive.get(name) ?? 0)}  ${name}`);
console.log(`  ${share(self.get("(garbage collector)") ?? 0)}  (garbage collector, on this thread)`);
console.log(`\nHottest functions (self time, which takes in the regex engine's time for the patterns a function runs):`);
for (const [name, time] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${share(time)}  ${name}`);
console.log(`\nprofile written to ${OUT}`);
