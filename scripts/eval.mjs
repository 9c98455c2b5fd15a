#!/usr/bin/env node
// Scores the CLI against the shared development corpus: `npm run eval -- [--verbose] [--lang vi] ...`.
// Rebuilds dist/ first when it is missing or older than the sources; extra arguments go to the scorer.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "dist", "cli.js");
const corpus = "../shared/corpus/dev";
const scorer = "../shared/eval/score.mjs";

/** The latest modification time of any file below dir (parentPath is "path" before Node 20.12). */
function newestChange(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce((newest, entry) => Math.max(newest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs), 0);
}

/** Runs a command in the repository root with this terminal; returns its exit code. */
function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

if (!existsSync(cli) || statSync(cli).mtimeMs < newestChange(join(root, "src"))) {
  process.stderr.write("eval: dist/ is out of date, building it\n");
  const status = run("npx", ["tsup", "--silent"]);
  if (status !== 0) process.exit(status);
}

if (!existsSync(join(root, corpus))) {
  process.stdout.write(`eval: no corpus at ${corpus}, nothing to score\n`);
  process.exit(0);
}

process.exit(
  run(process.execPath, [scorer, "--gold", corpus, "--run", "node dist/cli.js --format json", ...process.argv.slice(2)]),
);
