#!/usr/bin/env node
// `npm run bench`: how fast chitieu's extract() reads text, against the floor any number-anchored
// extractor in JavaScript must pay, against what an npm user would reach for instead (compromise),
// and against language detection alone (franc-min); then how its time grows with document size.
// Single thread, one process; MB = 10^6 bytes of UTF-8 input. Options, for quick local checks
// only (the figures to compare are those of a default run):
//   --mb N    size of the generated corpus in MB (default: 20 MiB, a little over 20 MB)
import { runAdversarial, verdictLine } from "./adversarial.mjs";
import { cpus } from "node:os";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import nlp from "compromise";
import { franc } from "franc-min";
import { extract } from "../dist/index.js";
import { loadFolder, loadTexts, makeCorpus, makeLongDocument, utf8Bytes } from "./corpus.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const started = process.hrtime.bigint();

const mbArg = process.argv.indexOf("--mb");
const CORPUS_BYTES = mbArg > 0 ? Number(process.argv[mbArg + 1]) * 1e6 : 20 * 1024 * 1024;
// compromise reads a few hundred KB/s: the whole corpus would take minutes, so it gets a fixed
// subset; MB/s stays comparable since the subset cycles through the same texts.
const COMPROMISE_BYTES = 2 * 1024 * 1024;
// A second input (the project's annotated dev reports) is repeated with new figures to this size,
// since one pass of it (~70 KB) is too short to time reliably.
const DEV_BYTES = 2 * 1024 * 1024;
// The growth family: one report made longer by varied copies of itself; 1x is about 50 KB.
const GROWTH_TEXT = "gso-thang-7-2024";
const GROWTH_BASE_BYTES = 50_000;
// Rounds, each timing every size (1x three times: it is short, and the divisor); each size's
// time is its fastest. A slow spell of the machine (this VM has them, seconds long) then slows one
// round of every size rather than all the runs of one size, which timing size after size let it do.
const GROWTH_ROUNDS = 5;
const GROWTH_RUNS_PER_ROUND = { 1: 3, 4: 1, 16: 1 };
const WARMUP_BYTES = 128 * 1024;

const MB = 1e6;
const seconds = (from) => Number(process.hrtime.bigint() - from) / 1e9;
const fmt = (x, digits = 2) => (Number.isFinite(x) ? x.toFixed(digits) : "n/a");
const version = (dir) => JSON.parse(readFileSync(new URL(`../${dir}/package.json`, import.meta.url))).version;

// Each contender takes one document and returns a count, summed into a sink that is printed,
// so no engine can drop the work as dead code.
const NUMBER = /\d+(?:[.,]\d+)*/g;
const contenders = {
  floor: {
    label: "floor: NFC + number regex",
    run(doc) {
      const text = doc.normalize("NFC");
      NUMBER.lastIndex = 0;
      let n = 0;
      while (NUMBER.exec(text) !== null) n++;
      return n;
    },
    unit: "numbers",
  },
  extract: { label: "chitieu extract()", run: (doc) => extract(doc).records.length, unit: "records" },
  compromise: {
    label: "compromise .numbers().json()",
    run: (doc) => nlp(doc).numbers().json().length,
    unit: "numbers",
  },
  franc: { label: "franc-min franc()", run: (doc) => (franc(doc) === "vie" ? 1 : 0), unit: "docs as vie" },
};

/** The leading documents of docs adding up to at least bytes. */
function slice(docs, bytes) {
  const out = [];
  let total = 0;
  for (const doc of docs) {
    if (total >= bytes) break;
    out.push(doc);
    total += utf8Bytes(doc);
  }
  return out;
}

/** Warms one contender up once on a slice, then times one pass over docs, document by document. */
function measure(contender, docs, bytes, note = "") {
  for (const doc of slice(docs, WARMUP_BYTES)) contender.run(doc);
  const t0 = process.hrtime.bigint();
  let sink = 0;
  for (const doc of docs) sink += contender.run(doc);
  const secs = seconds(t0);
  return { label: contender.label, bytes, secs, rate: bytes / MB / secs, out: `${sink} ${contender.unit}`, note };
}

function table(rows, extractRate) {
  const head = ["contender", "MB", "s", "MB/s", "× extract", "output", "note"];
  const body = rows.map((r) => [r.label, fmt(r.bytes / MB), fmt(r.secs, 3), fmt(r.rate), fmt(r.rate / extractRate), r.out, r.note]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells) => "  " + cells.map((c, i) => (i >= 1 && i <= 4 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ").trimEnd();
  console.log(line(head));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const row of body) console.log(line(row));
}

/** All four contenders on one input; returns the rows keyed by contender. */
function compare(title, docs, bytes) {
  const sub = slice(docs, COMPROMISE_BYTES);
  const subBytes = sub.reduce((n, d) => n + utf8Bytes(d), 0);
  const partial = subBytes < bytes;
  const rows = {
    floor: measure(contenders.floor, docs, bytes),
    extract: measure(contenders.extract, docs, bytes),
    compromise: measure(contenders.compromise, sub, subBytes, partial ? `first ${fmt(subBytes / MB)} MB only (slow)` : ""),
    franc: measure(contenders.franc, docs, bytes, "reads the first 2048 chars of each doc"),
  };
  console.log(`\n${title}`);
  table(Object.values(rows), rows.extract.rate);
  return rows;
}

console.log("chitieu benchmark");
console.log(`  node ${process.version} · ${cpus()[0].model} · ${cpus().length} cores (1 used) · ${process.platform}-${process.arch}`);
console.log(`  chitieu ${version(".")} (dist/) · compromise ${version("node_modules/compromise")} · franc-min ${version("node_modules/franc-min")}`);

// 1. The generated corpus.
const texts = loadTexts();
const corpus = makeCorpus({ minBytes: CORPUS_BYTES, texts });
const main = compare(
  `Generated corpus: ${corpus.docs.length} documents, ${fmt(corpus.bytes / MB)} MB (${texts.length} texts in bench/texts, figures redrawn per copy)`,
  corpus.docs,
  corpus.bytes,
);

// 2. The dev corpus beside the repository, read now and never stored here.
const devDir = `${root}../shared/corpus/dev`;
const dev = loadFolder(devDir);
if (dev === null || dev.length === 0) {
  console.log(`\nDev corpus: ../shared/corpus/dev not found, skipped`);
} else {
  const devCorpus = makeCorpus({ minBytes: DEV_BYTES, texts: dev, seed: 42 });
  const onePass = dev.reduce((n, { text }) => n + utf8Bytes(text), 0);
  compare(
    `Dev corpus ../shared/corpus/dev: ${dev.length} texts, ${fmt(onePass / MB, 3)} MB a pass; as written once, then copies with redrawn figures to ${fmt(devCorpus.bytes / MB)} MB`,
    devCorpus.docs,
    devCorpus.bytes,
  );
}

// 3. Growth: one document at 1x, 4x and 16x. Copies have identical byte lengths, so the sizes
// are exact multiples and T = time(16x) / (16 × time(1x)) is 1 for linear time.
const family = texts.find((t) => t.name === GROWTH_TEXT) ?? texts[0];
const copies = Math.ceil(GROWTH_BASE_BYTES / utf8Bytes(family.text.trimEnd() + "\n\n"));
const sizes = [1, 4, 16].map((k) => {
  const doc = makeLongDocument(family.text, copies * k);
  return { k, doc, bytes: utf8Bytes(doc) };
});
extract(sizes[0].doc); // warm-up
const growth = sizes.map(({ k, bytes }) => ({ k, bytes, secs: Infinity, records: 0 }));
for (let round = 0; round < GROWTH_ROUNDS; round++) {
  sizes.forEach(({ k, doc }, i) => {
    const g = growth[i];
    for (let run = 0; run < GROWTH_RUNS_PER_ROUND[k]; run++) {
      const t0 = process.hrtime.bigint();
      g.records = extract(doc).records.length;
      g.secs = Math.min(g.secs, seconds(t0));
    }
  });
}
const base = growth[0];
console.log(`\nGrowth: extract() on one document of ${copies * 1}/${copies * 4}/${copies * 16} copies of ${family.name}, fastest of ${GROWTH_ROUNDS} interleaved rounds`);
console.log("  size       KB         s   MB/s   time / (k × time 1x)   records");
for (const g of growth) {
  console.log(
    `  ${(g.k + "x").padEnd(4)} ${fmt(g.bytes / 1e3, 1).padStart(8)}  ${fmt(g.secs, 4).padStart(8)}  ${fmt(g.bytes / MB / g.secs).padStart(5)}   ${fmt(g.secs / (g.k * base.secs)).padStart(20)}   ${String(g.records).padStart(7)}`,
  );
}
const T = growth[2].secs / (16 * base.secs);

console.log("");
// Hostile inputs, judged against this run's own time per MB of the generated corpus (MiB there).
console.log(verdictLine(runAdversarial({ reference: main.extract.secs / (main.extract.bytes / 2 ** 20) })));

console.log(`\nwhole run ${fmt(seconds(started), 1)} s`);
console.log(
  `bench: extract ${fmt(main.extract.rate)} MB/s · floor ${fmt(main.floor.rate)} MB/s · floor/extract ${fmt(main.floor.rate / main.extract.rate)} · compromise ${fmt(main.compromise.rate)} MB/s · growth 16x ${fmt(T)}`,
);
