import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { ExtractOptionsSchema, type ExtractOptions } from "../index.js";
import { ENCODING_NAMES, isEncodingName, type EncodingName } from "./decode.js";
import { FORMAT_NAMES, isFormatName, type FormatName } from "./formats.js";

export const USAGE = `Usage: chitieu [options] [FILE...]

Reads Vietnamese report text and prints the statistical indicator records in it.
With no FILE, or when FILE is -, reads standard input. Each FILE is one document, or with
--input jsonl holds one document a line: {"id": …, "text": "…"}, and optionally "period"
and "date"; blank lines are skipped, and a line without an id is named by its number.

Options:
  -f, --format FORMAT  ${FORMAT_NAMES.join(", ")} (default: table on a terminal, json otherwise)
      --lang LANG      vi, en, or auto to detect the language (default: auto)
      --period P       the period the text reports on, e.g. 2024, 2024-Q3, 2024-10, 2024-01/2024-10
      --date D         the publication date, e.g. 2024-12-27
      --input KIND     text (each FILE is a document) or jsonl (default: text)
      --encoding ENC   how to read text FILEs: ${ENCODING_NAMES.join(", ")}
                       (default: auto: a byte order mark, else UTF-8, else whichever of
                       windows-1258, tcvn3 and vni reads as Vietnamese best, with a warning
                       when it is not plain UTF-8); JSON lines are UTF-8
  -j, --jobs N         threads to spread documents over (default: the cores, ${availableParallelism()} here);
                       1 runs everything in the main thread
  -q, --quiet          do not print warnings or the progress line
  -h, --help           print this help
      --version        print the version

Records come out in input order, as the documents are done. JSON records name their file
("source") or, with --input jsonl, their document ("id").

Exit status (every other input, line and document still runs):
  0  success (an empty FILE only gets a warning)
  1  a JSON line or a document could not be processed (or is too long for one document)
  2  bad usage
  3  an input could not be read or is not text (binary); this wins over 1
`;

/** What the command line asks for, after validation. */
export type CliCommand =
  | { kind: "help" }
  | { kind: "version" }
  | {
      kind: "run";
      files: string[];
      format: FormatName | undefined;
      input: InputKind;
      encoding: EncodingName;
      jobs: number;
      quiet: boolean;
      options: ExtractOptions;
    };

/** What each input holds: one document of text, or JSON lines of one document each. */
export type InputKind = "text" | "jsonl";
const INPUT_KINDS: readonly string[] = ["text", "jsonl"] satisfies InputKind[];

/** A command line that cannot run; `showUsage` says whether the usage text helps. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly showUsage: boolean,
  ) {
    super(message);
  }
}

const CLI_OPTION_NAMES: Record<string, string> = { language: "--lang", period: "--period", date: "--date" };

/** Parses argv (without node and the script) into a command, or throws a UsageError. */
export function parseCommandLine(argv: string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f" },
        lang: { type: "string" },
        period: { type: "string" },
        date: { type: "string" },
        input: { type: "string" },
        encoding: { type: "string" },
        jobs: { type: "string", short: "j" },
        quiet: { type: "boolean", short: "q" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean" },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), true);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };

  const format = values.format;
  if (format !== undefined && !isFormatName(format)) {
    throw new UsageError(`unknown --format '${format}' (expected ${FORMAT_NAMES.join(", ")})`, true);
  }

  const input = values.input ?? "text";
  if (!INPUT_KINDS.includes(input)) {
    throw new UsageError(`unknown --input '${input}' (expected ${INPUT_KINDS.join(", ")})`, true);
  }
  const encoding = values.encoding ?? "auto";
  if (!isEncodingName(encoding)) {
    throw new UsageError(`unknown --encoding '${encoding}' (expected ${ENCODING_NAMES.join(", ")})`, true);
  }
  const jobs = values.jobs === undefined ? availableParallelism() : /^\d+$/.test(values.jobs) ? Number(values.jobs) : NaN;
  if (!Number.isSafeInteger(jobs) || jobs < 1) {
    throw new UsageError(`invalid --jobs '${values.jobs}': a whole number of threads, 1 or more`, false);
  }

  const given = { language: values.lang, period: values.period, date: values.date };
  const options = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined));
  const checked = ExtractOptionsSchema.safeParse(options);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const key = String(issue?.path[0] ?? "");
    const name = CLI_OPTION_NAMES[key] ?? key;
    throw new UsageError(`invalid ${name} '${String(options[key])}': ${issue?.message ?? "invalid value"}`, false);
  }

  return {
    kind: "run",
    files: positionals.length > 0 ? positionals : ["-"],
    format,
    input: input as InputKind,
    encoding,
    jobs,
    quiet: values.quiet ?? false,
    options: checked.data,
  };
}
