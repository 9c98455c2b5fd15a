import { createExtractor, type ExtractOptions } from "../index.js";
import { extractDocument, type BatchDocument, type BatchResult } from "../batch.js";
import { decodeInput, type EncodingName } from "./decode.js";
import { formatterOf, type FormatContext, type FormatName, type SourcedRecord } from "./formats.js";

/** A piece of input, in input order: a whole text document, a run of JSON lines, or an input that could not be read. */
export type Job =
  | { kind: "text"; source: string; bytes: Uint8Array }
  | { kind: "lines"; source: string; firstLine: number; bytes: Uint8Array }
  | { kind: "unreadable"; message: string };

/** What the command line asks of every document: the same in the main thread and in the workers. */
export interface RenderSettings {
  format: FormatName;
  context: FormatContext;
  quiet: boolean;
  /** How to read a text input's bytes (JSON lines are always UTF-8). */
  encoding: EncodingName;
  options: ExtractOptions;
}

/** A batch of jobs, done: the output for stdout and stderr, and counts for the progress line. */
export interface Rendered {
  /** Each record in the output format, after the format's separator; UTF-8 when it comes from a worker. */
  text: string | Uint8Array;
  records: number;
  documents: number;
  /** The input's size, in bytes. */
  bytes: number;
  /** Lines for stderr: warnings and what went wrong. */
  messages: string;
  /** Whether a line or document could not be processed. */
  failed: boolean;
  /** Whether an input could not be read or is not text. */
  unreadable: boolean;
  /** The records themselves, for a format that needs all of them before it prints (the table). */
  rows: SourcedRecord[];
}

/** How stdin is named in messages about its lines. */
const displayName = (source: string): string => (source === "-" ? "stdin" : source);

const decode = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A line as a document, or what is wrong with it. A document without an id is named by its line number. */
function readDocument(line: string, lineNumber: number): BatchDocument<unknown> | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { problem: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (!isRecord(value)) return { problem: `not a JSON object: each line must be {"id": …, "text": "…"}` };
  const { id = lineNumber, text, period, date } = value;
  if (typeof text !== "string") return { problem: `no string "text" field` };
  return { id, text, period: period as string | undefined, date: date as string | undefined };
}

/** The renderer of batches for these settings: a function that runs in a worker or in the main thread. */
export function createRenderer({ format, context, quiet, encoding, options }: RenderSettings): (batch: readonly Job[]) => Rendered {
  const extractor = createExtractor(options);
  const formatter = formatterOf(format);
  const write = "whole" in formatter ? undefined : formatter;

  return (batch) => {
    const out: Rendered = {
      text: "",
      records: 0,
      documents: 0,
      bytes: 0,
      messages: "",
      failed: false,
      unreadable: false,
      rows: [],
    };
    const texts: string[] = [];
    const problem = (message: string): void => {
      out.messages += `chitieu: ${message}\n`;
      out.failed = true;
    };
    /** One document's records or failure, `place` naming it in messages. */
    const take = (result: BatchResult<unknown>, source: string, place: string, failure: string): void => {
      out.documents++;
      if ("error" in result) return problem(`${failure}: ${result.error.message}`);
      // A document too long to read is refused: an error of the run, shown even with --quiet.
      const refused = result.warnings.find((w) => w.code === "input-too-large");
      if (refused) return problem(`${place}: ${refused.message}`);
      if (!quiet) for (const w of result.warnings) out.messages += `${place}: warning ${w.code}: ${w.message}\n`;
      for (const record of result.records) {
        const row: SourcedRecord = result.id === undefined ? { source, record } : { source, id: result.id, record };
        out.records++;
        if (write) texts.push(write.separator, write.record(row, context));
        else out.rows.push(row);
      }
    };

    for (const job of batch) {
      if (job.kind === "unreadable") {
        out.messages += `chitieu: ${job.message}\n`;
        out.unreadable = true;
        continue;
      }
      out.bytes += job.bytes.byteLength;
      const name = displayName(job.source);
      if (job.kind === "text") {
        const decoded = decodeInput(job.bytes, encoding);
        if (decoded.kind === "binary") {
          out.messages += `chitieu: ${name}: looks binary, not text: skipped\n`;
          out.unreadable = true;
          out.documents++;
          continue;
        }
        if (decoded.kind === "empty") {
          if (!quiet) out.messages += `chitieu: ${name}: empty\n`;
          out.documents++;
          continue;
        }
        if (decoded.note !== undefined && !quiet) out.messages += `chitieu: ${name}: ${decoded.note}\n`;
        const result = extractDocument(extractor, { id: undefined, text: decoded.text });
        take(result, job.source, job.source, `cannot process ${job.source}`);
        continue;
      }
      const text = decode(job.bytes);
      const lines = text.split("\n");
      if (text.endsWith("\n")) lines.pop();
      lines.forEach((raw, index) => {
        const lineNumber = job.firstLine + index;
        // A byte order mark may open a file; a CR may end a line written on Windows.
        const line = (lineNumber === 1 ? raw.replace(/^\uFEFF/, "") : raw).replace(/\r$/, "");
        if (line.trim() === "") return;
        const place = `${name}:${lineNumber}`;
        const doc = readDocument(line, lineNumber);
        if ("problem" in doc) return problem(`${place}: ${doc.problem}`);
        take(extractDocument(extractor, doc), job.source, place, place);
      });
    }
    out.text = texts.join("");
    return out;
  };
}
