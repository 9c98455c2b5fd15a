import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The repository root: where package.json, and after the build dist/, live. */
export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

export interface NodeRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node ARGS` from the repository root, as a user's shell would, with optional standard input. */
export function runNode(args: readonly string[], input = ""): NodeRun {
  const run = spawnSync(process.execPath, args, {
    cwd: repoRoot,
    input,
    encoding: "utf8",
    timeout: 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
