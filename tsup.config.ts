import { defineConfig } from "tsup";

// franc-min and its dependencies are ESM-only: bundled in, so every build runs on every Node 20.x.
const BUNDLED = ["franc-min", "trigram-utils", "n-gram", "collapse-white-space"];

export default defineConfig([
  {
    // The library: ESM + CJS + types. franc-min is ESM-only, so it is bundled
    // in, which lets `require("chitieu")` work on every Node 20.x.
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    sourcemap: true,
    target: "node20",
    noExternal: BUNDLED,
  },
  {
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    target: "node20",
    sourcemap: true,
    banner: { js: "#!/usr/bin/env node" },
    noExternal: BUNDLED,
  },
  {
    // The CLI's worker thread, which it starts as new URL("./worker.js", import.meta.url).
    entry: { worker: "src/cli/worker.ts" },
    format: ["esm"],
    target: "node20",
    sourcemap: true,
    noExternal: BUNDLED,
  },
]);
