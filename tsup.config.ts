import { defineConfig } from "tsup";

// franc-min and its dependencies are ESM-only: bundled in, so every build runs on every Node 20.x.
const BUNDLED = ["franc-min", "trigram-utils", "n-gram", "collapse-white-space"];

// esbuild's table gives Node 20 no Unicode property escapes, so every `/\p{Lu}/u` literal would
// become `new RegExp("\\p{Lu}", "u")`, a new object each time a line inside a function runs.
// Node 20 reads them (the classes used here, L, Lu, Ll, M, N, are as old as Unicode itself):
// the literals stay literals, made once.
const esbuildOptions = (options: { supported?: Record<string, boolean> }): void => {
  options.supported = { ...options.supported, "regexp-unicode-property-escapes": true };
};

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
    esbuildOptions,
    noExternal: BUNDLED,
  },
  {
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    target: "node20",
    esbuildOptions,
    sourcemap: true,
    banner: { js: "#!/usr/bin/env node" },
    noExternal: BUNDLED,
  },
  {
    // The CLI's worker thread, which it starts as new URL("./worker.js", import.meta.url).
    entry: { worker: "src/cli/worker.ts" },
    format: ["esm"],
    target: "node20",
    esbuildOptions,
    sourcemap: true,
    noExternal: BUNDLED,
  },
]);
