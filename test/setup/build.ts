import { execFileSync } from "node:child_process";
import { repoRoot } from "../support/run-node.js";

// The CLI and package tests run what users run: the built dist/. Build it once, before any test.
export default function buildOnce(): void {
  try {
    execFileSync("npx", ["tsup", "--silent"], { cwd: repoRoot, stdio: "pipe", encoding: "utf8" });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`the build (npx tsup) failed:\n${stdout}${stderr}`);
  }
}
