import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The repository root: where package.json, and after the build dist/, live. */
export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

export interface NodeRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node ARGS` from the repository root, as a user's shell would, with optional standard input.
 * The child is killed after `timeoutMs`: one CLI run takes well under a second, a scorer that starts
 * the CLI once per corpus text takes far longer on a busy CI machine, so it passes its own limit.
 */
export function runNode(args: readonly string[], input = "", timeoutMs = 30_000): NodeRun {
  const run = spawnSync(process.execPath, args, {
    cwd: repoRoot,
    input,
    encoding: "utf8",
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
