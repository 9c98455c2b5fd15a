import { ExtractOptionsSchema, type ExtractOptions } from "./options.js";
import type { ExtractResult } from "./record/schema.js";

export interface Extractor {
  extract(text: string): ExtractResult;
}

export function createExtractor(options: ExtractOptions = {}): Extractor {
  const opts = ExtractOptionsSchema.parse(options);
  return {
    extract(text: string): ExtractResult {
      void opts;
      void text;
      return { records: [], warnings: [], language: "vi", document: { period: null, periodSource: "none", numberStyle: "vi" } };
    },
  };
}

export function extract(text: string, options: ExtractOptions = {}): ExtractResult {
  return createExtractor(options).extract(text);
}
