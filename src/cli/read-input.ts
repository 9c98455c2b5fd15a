import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";

/** The name that stands for standard input, on the command line and in the "source" field. */
export const STDIN = "-";

const REASONS: Record<string, string> = {
  ENOENT: "no such file or directory",
  EISDIR: "is a directory",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENOTDIR: "a part of the path is not a directory",
};

/** A short, human reason for a failed read: "is a directory" rather than "EISDIR: illegal operation…". */
export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code !== undefined && REASONS[code] !== undefined) return REASONS[code];
  return error instanceof Error ? error.message : String(error);
}

/**
 * The parts as one new array with a buffer of its own, never a slice of Node's shared pool, so
 * that it can be handed (transferred) to a worker thread without copying.
 */
function joinBytes(parts: readonly Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((size, part) => size + part.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.byteLength;
  }
  return joined;
}

const NEWLINE = 0x0a;

function countLines(bytes: Uint8Array): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let count = 0;
  for (let at = buffer.indexOf(NEWLINE); at !== -1; at = buffer.indexOf(NEWLINE, at + 1)) count++;
  return count;
}

const open = (name: string, chunkSize?: number): AsyncIterable<Buffer> =>
  name === STDIN ? process.stdin : createReadStream(name, chunkSize ? { highWaterMark: chunkSize } : {});

/**
 * Reads one input whole, as UTF-8 bytes, unchanged, so that record spans index into its text
 * exactly. The bytes own their buffer.
 */
export async function readBytes(name: string): Promise<Uint8Array> {
  if (name !== STDIN) {
    const bytes = await readFile(name);
    // Node reads a file into a buffer of its own size; copy only when it did not.
    return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : joinBytes([bytes]);
  }
  const chunks: Uint8Array[] = [];
  for await (const chunk of open(STDIN)) chunks.push(chunk);
  return joinBytes(chunks);
}

/** Whole lines of an input, as UTF-8 bytes, and the number of the first of them. */
export interface LineChunk {
  firstLine: number;
  bytes: Uint8Array;
}

/**
 * Streams an input as runs of whole lines, one a chunk read, so that memory holds a chunk and
 * never the input: a line cut by a chunk's end waits for the rest of it. The last line needs no
 * line break.
 */
export async function* readLineChunks(name: string, chunkSize?: number): AsyncGenerator<LineChunk, void, undefined> {
  let firstLine = 1;
  let pending: Uint8Array[] = [];
  for await (const chunk of open(name, chunkSize)) {
    const end = chunk.lastIndexOf(NEWLINE) + 1;
    if (end === 0) {
      pending.push(chunk);
      continue;
    }
    const bytes = joinBytes([...pending, chunk.subarray(0, end)]);
    pending = end < chunk.byteLength ? [chunk.subarray(end)] : [];
    const lines = countLines(bytes);
    // Counted first: the consumer may move the bytes to a worker thread.
    yield { firstLine, bytes };
    firstLine += lines;
  }
  if (pending.length > 0) yield { firstLine, bytes: joinBytes(pending) };
}
