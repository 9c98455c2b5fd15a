import { stat } from "node:fs/promises";
import { fstatSync } from "node:fs";
import type { InputKind } from "./args.js";
import { describeReadError, readBytes, readLineChunks, STDIN } from "./read-input.js";
import type { Job } from "./render.js";

/** About what one message to a worker carries: enough documents to make the message cheap. */
export const BATCH_BYTES = 256 * 1024;
/** The most text files in one batch, so that a few files still spread over the threads. */
const BATCH_FILES = 32;

const unreadable = (name: string, error: unknown): Job => ({
  kind: "unreadable",
  message: `cannot read ${name}: ${describeReadError(error)}`,
});

/** The JSON lines of every input, a chunk read at a time: each chunk is a batch of whole lines. */
async function* lineBatches(inputs: readonly string[]): AsyncGenerator<Job[], void, undefined> {
  for (const source of inputs) {
    try {
      for await (const chunk of readLineChunks(source, BATCH_BYTES)) yield [{ kind: "lines", source, ...chunk }];
    } catch (error) {
      yield [unreadable(source === STDIN ? "stdin" : source, error)];
    }
  }
}

/** The text files, each one document, read one after the other and grouped into batches. */
async function* textBatches(inputs: readonly string[], threads: number): AsyncGenerator<Job[], void, undefined> {
  const most = Math.max(1, Math.min(BATCH_FILES, Math.ceil(inputs.length / threads)));
  let batch: Job[] = [];
  let bytes = 0;
  for (const source of inputs) {
    try {
      const job: Job = { kind: "text", source, bytes: await readBytes(source) };
      bytes += job.bytes.byteLength;
      batch.push(job);
    } catch (error) {
      batch.push(unreadable(source, error));
    }
    if (batch.length >= most || bytes >= BATCH_BYTES) {
      yield batch;
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * The inputs as batches of jobs, in input order, read only as fast as they are asked for: an
 * input that cannot be read becomes a job that says so, in its place.
 */
export function inputBatches(inputs: readonly string[], kind: InputKind, threads: number): AsyncGenerator<Job[]> {
  return kind === "jsonl" ? lineBatches(inputs) : textBatches(inputs, threads);
}

/** The inputs' total size in bytes, when every one is a file (standard input redirected from a file counts). */
export async function totalSize(inputs: readonly string[]): Promise<number | undefined> {
  try {
    const sizes = await Promise.all(
      inputs.map(async (name) => {
        const info = name === STDIN ? fstatSync(0) : await stat(name);
        return info.isFile() ? info.size : NaN;
      }),
    );
    const total = sizes.reduce((sum, size) => sum + size, 0);
    return Number.isNaN(total) ? undefined : total;
  } catch {
    return undefined;
  }
}
