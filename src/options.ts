import { z } from "zod";

const SDMX_PERIOD = /^\d{4}(?:-(?:Q[1-4]|S[12]|(?:0[1-9]|1[0-2])))?(?:\/\d{4}(?:-(?:Q[1-4]|S[12]|(?:0[1-9]|1[0-2])))?)?$/;

export const ExtractOptionsSchema = z
  .object({
    /** "vi", "en", or "auto" (the default) to detect the language once per document. */
    language: z.enum(["vi", "en", "auto"]).optional(),
    /**
     * The period the document reports on, when the caller knows it: "2024", "2024-Q3", "2024-10",
     * "2024-01/2024-10". It governs figures whose sentence names no period of its own.
     */
    period: z.string().regex(SDMX_PERIOD, "an SDMX time period such as 2024, 2024-Q3 or 2024-10").optional(),
    /**
     * The publication date (ISO 8601, "2024-12-27"), e.g. from a crawler's metadata. Its year
     * resolves "năm nay" and month names without a year when the text does not.
     */
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}/, "an ISO 8601 date such as 2024-12-27").optional(),
    /**
     * The longest text one call reads, in UTF-16 code units (default 16 Mi, some 16–48 MB of
     * UTF-8). A longer text gets an "input-too-large" warning and no records: split it into
     * documents and stream them through `extractMany` or the CLI's `--input jsonl`.
     */
    maxLength: z.number().int().positive().max(256 * 1024 * 1024).optional(),
  })
  .strict();

export type ExtractOptions = z.input<typeof ExtractOptionsSchema>;
