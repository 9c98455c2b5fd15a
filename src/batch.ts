import { ZodError } from "zod";
import { createExtractor, type Extractor } from "./extract.js";
import type { ExtractOptions } from "./options.js";
import type { ExtractResult } from "./record/schema.js";

/** One document of a corpus: its id, its text, and what the caller knows of its period and date. */
export interface BatchDocument<Id = string> {
  /** Anything that names the document to the caller; it comes back unchanged on its result. */
  id: Id;
  text: string;
  /** The period this document reports on; it overrides the `period` option for this document. */
  period?: string | undefined;
  /** This document's publication date; it overrides the `date` option for this document. */
  date?: string | undefined;
}

/** The outcome of one document: its records, or why it could not be processed. */
export type BatchResult<Id = string> = ({ id: Id } & ExtractResult) | BatchFailure<Id>;

/** A document that could not be processed: an invalid period or date, or a text that is not a string. */
export interface BatchFailure<Id = string> {
  id: Id;
  error: { message: string };
}

/** "period: an SDMX time period …" rather than zod's JSON dump of the issues. */
function describeError(error: unknown): string {
  if (error instanceof ZodError) {
    return error.issues.map((issue) => `invalid ${issue.path.join(".") || "value"}: ${issue.message}`).join("; ");
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Extracts one document, catching what goes wrong into its result. For callers that iterate
 * themselves, such as the command line's worker threads.
 */
export function extractDocument<Id>(extractor: Extractor, doc: BatchDocument<Id>): BatchResult<Id> {
  const id = (doc as BatchDocument<Id> | null | undefined)?.id as Id;
  try {
    const perDocument: Pick<ExtractOptions, "period" | "date"> = {};
    if (doc.period !== undefined) perDocument.period = doc.period;
    if (doc.date !== undefined) perDocument.date = doc.date;
    return { id, ...extractor.extract(doc.text, perDocument) };
  } catch (error) {
    return { id, error: { message: describeError(error) } };
  }
}

async function* extractEach<Id>(
  extractor: Extractor,
  docs: Iterable<BatchDocument<Id>> | AsyncIterable<BatchDocument<Id>>,
): AsyncGenerator<BatchResult<Id>, void, undefined> {
  // One document is pulled only when the caller asks for its result: the corpus is never held.
  for await (const doc of docs) yield extractDocument(extractor, doc);
}

/**
 * Extracts the records of many documents one at a time, yielding each result in input order, a failed document as `{ id, error }`.
 * @example
 * for await (const result of extractMany([{ id: "a", text: "Doanh thu đạt 838 tỷ đồng." }], { period: "2024" })) {
 *   if ("error" in result) console.error(result.id, result.error.message);
 *   else console.log(result.id, result.records.length); // "a" 1
 * }
 */
export function extractMany<Id = string>(
  docs: Iterable<BatchDocument<Id>> | AsyncIterable<BatchDocument<Id>>,
  options: ExtractOptions = {},
): AsyncGenerator<BatchResult<Id>, void, undefined> {
  // Checked here, not on the first pull, so that bad options throw at the call.
  return extractEach(createExtractor(options), docs);
}
