import { defineConfig } from "tsup";

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
    noExternal: ["franc-min", "trigram-utils", "n-gram", "collapse-white-space"],
  },
  {
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    target: "node20",
    sourcemap: true,
    banner: { js: "#!/usr/bin/env node" },
    noExternal: ["franc-min", "trigram-utils", "n-gram", "collapse-white-space"],
  },
]);
