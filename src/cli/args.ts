import { parseArgs } from "node:util";
import { ExtractOptionsSchema, type ExtractOptions } from "../index.js";
import { FORMAT_NAMES, isFormatName, type FormatName } from "./formats.js";

export const USAGE = `Usage: chitieu [options] [FILE...]

Reads Vietnamese report text and prints the statistical indicator records in it.
With no FILE, or when FILE is -, reads standard input.

Options:
  -f, --format FORMAT  ${FORMAT_NAMES.join(", ")} (default: table on a terminal, json otherwise)
      --lang LANG      vi, or auto to detect the language (default: auto)
      --period P       the period the text reports on, e.g. 2024, 2024-Q3, 2024-10, 2024-01/2024-10
      --date D         the publication date, e.g. 2024-12-27
  -q, --quiet          do not print extraction warnings
  -h, --help           print this help
      --version        print the version

Exit status: 0 on success, 1 if a file could not be read or processed, 2 on bad usage.
`;

/** What the command line asks for, after validation. */
export type CliCommand =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "run"; files: string[]; format: FormatName | undefined; quiet: boolean; options: ExtractOptions };

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
    quiet: values.quiet ?? false,
    options: checked.data,
  };
}
