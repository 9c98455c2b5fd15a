import { version } from "../package.json";
import { extract, type ExtractOptions } from "./index.js";
import { parseCommandLine, USAGE, UsageError } from "./cli/args.js";
import { formatRecords, type FormatName, type SourcedRecord } from "./cli/formats.js";
import { describeReadError, readInput } from "./cli/read-input.js";

interface RunSettings {
  files: string[];
  format: FormatName;
  quiet: boolean;
  options: ExtractOptions;
}

const complain = (message: string): void => {
  process.stderr.write(`chitieu: ${message}\n`);
};

/** Extracts from every input in turn; an input that fails is reported and the rest still run. */
async function run({ files, format, quiet, options }: RunSettings): Promise<number> {
  const rows: SourcedRecord[] = [];
  let failed = false;
  for (const source of files) {
    let text: string;
    try {
      text = await readInput(source);
    } catch (error) {
      complain(`cannot read ${source}: ${describeReadError(error)}`);
      failed = true;
      continue;
    }
    try {
      const result = extract(text, options);
      for (const record of result.records) rows.push({ source, record });
      if (!quiet) {
        for (const warning of result.warnings) {
          process.stderr.write(`${source}: warning ${warning.code}: ${warning.message}\n`);
        }
      }
    } catch (error) {
      complain(`cannot process ${source}: ${error instanceof Error ? error.message : String(error)}`);
      failed = true;
    }
  }
  process.stdout.write(formatRecords(format, rows, { inputs: files }));
  return failed ? 1 : 0;
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
