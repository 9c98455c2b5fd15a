import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";
import { decodeTcvn3, decodeVni, detectLegacy } from "./legacy-encodings.js";

/** The encodings an input can be read in, as --encoding names them; `auto` detects one. */
export const ENCODING_NAMES = ["auto", "utf8", "utf16le", "utf16be", "windows-1258", "tcvn3", "vni"] as const;
export type EncodingName = (typeof ENCODING_NAMES)[number];
export const isEncodingName = (name: string): name is EncodingName => (ENCODING_NAMES as readonly string[]).includes(name);

/** How the encodings are named in messages. */
const LABELS: Record<Exclude<EncodingName, "auto">, string> = {
  utf8: "UTF-8",
  utf16le: "UTF-16LE",
  utf16be: "UTF-16BE",
  "windows-1258": "windows-1258",
  tcvn3: "TCVN3",
  vni: "VNI",
};

/** What became of an input's bytes. */
export type Decoded =
  | { kind: "text"; text: string; /** Set when the input was read other than as plain UTF-8, in auto mode. */ note?: string }
  | { kind: "empty" }
  | { kind: "binary" };

/** How much of an input the binary test looks at: the first 8 KB, about. */
const SAMPLE = 8192;

/** Control characters that no text holds: C0 but tab, line feed, vertical tab, form feed, CR, and escape; DEL; C1. */
const CONTROL = /[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]/g;

/**
 * Whether a decoded text looks binary: a NUL in its first 8 K characters, or more than a third
 * of them control characters.
 */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  if (sample.includes("\0")) return true;
  const controls = sample.match(CONTROL)?.length ?? 0;
  return controls * 3 > sample.length;
}

const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** The byte order mark an input opens with, and the encoding it tells. */
function byteOrderMark(bytes: Buffer): { encoding: Exclude<EncodingName, "auto" | "windows-1258">; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf16be", length: 2 };
  return undefined;
}

const windows1258 = (bytes: Uint8Array): string => iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "windows1258");

/** The bytes as text in this encoding. A byte order mark is not part of the text. */
function decodeAs(bytes: Buffer, encoding: Exclude<EncodingName, "auto">): string {
  const mark = byteOrderMark(bytes);
  const body = mark?.encoding === encoding ? bytes.subarray(mark.length) : bytes;
  switch (encoding) {
    case "utf8":
      return body.toString("utf8");
    case "utf16le":
      return body.toString("utf16le");
    case "utf16be":
      return iconv.decode(body, "utf16be", { stripBOM: false });
    case "windows-1258":
      return windows1258(body);
    case "tcvn3":
      return decodeTcvn3(body);
    case "vni":
      return decodeVni(body);
  }
}

/**
 * Decodes one input. `auto` reads a byte order mark (UTF-8, UTF-16LE or UTF-16BE), else UTF-8
 * when the bytes are valid UTF-8, else whichever of Windows-1258 (the Vietnamese code page), TCVN3
 * and VNI reads them as Vietnamese best (Windows-1258 on a tie); every choice but
 * plain UTF-8 comes with a note. A byte order mark is dropped: record spans index the text
 * after it. An input of no text is `empty`; one of NUL or control bytes is `binary`.
 */
export function decodeInput(bytes: Uint8Array, encoding: EncodingName): Decoded {
  const buffer = asBuffer(bytes);
  let text: string;
  let note: string | undefined;
  if (encoding !== "auto") {
    text = decodeAs(buffer, encoding);
  } else {
    const mark = byteOrderMark(buffer);
    if (mark !== undefined) {
      text = decodeAs(buffer, mark.encoding);
      note = `read as ${LABELS[mark.encoding]} (it opens with a byte order mark)`;
    } else if (isUtf8(buffer)) {
      text = buffer.toString("utf8");
    } else {
      const legacy = detectLegacy(buffer, windows1258);
      text = decodeAs(buffer, legacy);
      note = `read as ${LABELS[legacy]} (it is not valid UTF-8)`;
    }
  }
  if (text.length === 0) return { kind: "empty" };
  if (looksBinary(text)) return { kind: "binary" };
  return note === undefined ? { kind: "text", text } : { kind: "text", text, note };
}
