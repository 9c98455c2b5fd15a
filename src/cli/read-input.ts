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

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** Reads one input as UTF-8 text, unchanged, so that record spans index into it exactly. */
export function readInput(name: string): Promise<string> {
  return name === STDIN ? readStdin() : readFile(name, "utf8");
}
