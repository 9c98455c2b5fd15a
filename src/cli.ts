import { once } from "node:events";
import { version } from "../package.json";
import type { ExtractOptions } from "./index.js";
import { parseCommandLine, USAGE, UsageError, type InputKind } from "./cli/args.js";
import type { EncodingName } from "./cli/decode.js";
import { inputBatches, totalSize } from "./cli/batches.js";
import { formatterOf, type FormatContext, type FormatName } from "./cli/formats.js";
import { mapInOrder, threadPool } from "./cli/pool.js";
import { Progress } from "./cli/progress.js";
import type { Rendered, RenderSettings } from "./cli/render.js";

interface RunSettings {
  files: string[];
  format: FormatName;
  input: InputKind;
  jobs: number;
  quiet: boolean;
  encoding: EncodingName;
  options: ExtractOptions;
}

const complain = (message: string): void => {
  process.stderr.write(`chitieu: ${message}\n`);
};

/** Exit statuses: a line or document could not be processed; an input could not be read or is not text (this one wins). */
const EXIT_FAILED = 1;
const EXIT_UNREADABLE = 3;

/** Batches in flight per thread: enough to keep each busy, few enough to keep memory flat. */
const BATCHES_PER_THREAD = 4;

async function write(text: string | Uint8Array): Promise<void> {
  if (text.length > 0 && !process.stdout.write(text)) await once(process.stdout, "drain");
}

/**
 * Writes rendered batches to stdout in order as they come: a streaming format at once, the
 * table once every record is in. The first record of all loses its separator.
 */
function outputFor(format: FormatName, context: FormatContext) {
  const formatter = formatterOf(format);
  const rows: Rendered["rows"] = [];
  let records = 0;
  return {
    begin: () => ("whole" in formatter ? Promise.resolve() : write(formatter.head(context))),
    async add(rendered: Rendered): Promise<void> {
      let { text } = rendered;
      if (records === 0 && rendered.records > 0 && !("whole" in formatter)) {
        const { separator } = formatter;
        text = typeof text === "string" ? text.slice(separator.length) : text.subarray(Buffer.byteLength(separator));
      }
      records += rendered.records;
      for (const row of rendered.rows) rows.push(row);
      await write(text);
    },
    end: () => write("whole" in formatter ? formatter.whole(rows, context) : formatter.tail(context, records)),
  };
}

/**
 * Extracts from every input, streaming: documents spread over `jobs` threads (this one and
 * `jobs - 1` workers), their records written in input order as they are done, with at most
 * BATCHES_PER_THREAD × jobs batches in flight. An input, line or document that fails is reported
 * and the rest still run.
 */
async function run({ files, format, input, jobs, quiet, encoding, options }: RunSettings): Promise<number> {
  const context: FormatContext = input === "jsonl" ? { inputs: files, jsonLines: true } : { inputs: files };
  const settings: RenderSettings = { format, context, quiet, encoding, options };
  const several = input === "jsonl" || files.length > 1;
  const threads = several ? jobs : 1;
  const runner = threadPool(settings, threads, new URL("./worker.js", import.meta.url));
  const showProgress = several && !quiet && process.stderr.isTTY === true;
  const progress = new Progress(process.stderr, showProgress, showProgress ? await totalSize(files) : undefined);
  const output = outputFor(format, context);
  let failed = false;
  let unreadable = false;
  let documents = 0;
  let bytes = 0;
  try {
    await output.begin();
    await mapInOrder(inputBatches(files, input, threads), BATCHES_PER_THREAD * threads, runner.run, async (rendered) => {
      if (rendered.messages) progress.print(rendered.messages);
      failed ||= rendered.failed;
      unreadable ||= rendered.unreadable;
      await output.add(rendered);
      progress.update((documents += rendered.documents), (bytes += rendered.bytes));
    });
    progress.clear();
    await output.end();
  } catch (error) {
    progress.clear();
    complain(error instanceof Error ? error.message : String(error));
    failed = true;
  } finally {
    await runner.close();
  }
  return unreadable ? EXIT_UNREADABLE : failed ? EXIT_FAILED : 0;
}

async function main(argv: string[]): Promise<number> {
  let command;
  try {
    command = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    complain(error.message);
    if (error.showUsage) process.stderr.write(`\n${USAGE}`);
    return 2;
  }
  switch (command.kind) {
    case "help":
      process.stdout.write(USAGE);
      return 0;
    case "version":
      process.stdout.write(`${version}\n`);
      return 0;
    case "run":
      return run({ ...command, format: command.format ?? (process.stdout.isTTY ? "table" : "json") });
  }
}

// A reader that stops early (`chitieu big.txt | head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await main(process.argv.slice(2));
