/**
 * Reads a pack file a user brings (bytes or text) and validates it: the size is checked
 * before anything else, the nesting before JSON.parse (a linear scan, so a hostile file
 * cannot exhaust a stack), then the pack itself. Never throws.
 */
import { locateJsonError } from '../settings/json-error.ts';
import { PACK_LIMITS } from './limits.ts';
import { packError, type PackError, type PackMessageKey } from './messages.ts';
import { validatePack, type PackResult } from './validate.ts';

const refuse = (file: string, key: PackMessageKey, ...args: (string | number)[]): PackResult => ({ ok: false, file, errors: [packError('', key, ...args)] });
const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

/** The deepest nesting of arrays and objects, counted outside strings; stops past `limit`. */
export function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next unit
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > deepest && (deepest = depth) > limit) return deepest;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/** The text of the file, or the refusal that says why there is none. */
function decode(input: string | Uint8Array, file: string): { text: string } | PackResult {
  const size = typeof input === 'string' ? input.length : input.byteLength;
  // UTF-8 takes at least one byte per UTF-16 unit: a long string is too large unmeasured.
  if (size > PACK_LIMITS.fileBytes) return refuse(file, 'packFileTooLarge', megabytes(size), megabytes(PACK_LIMITS.fileBytes));
  let text: string;
  if (typeof input === 'string') {
    const bytes = new TextEncoder().encode(input).byteLength;
    if (bytes > PACK_LIMITS.fileBytes) return refuse(file, 'packFileTooLarge', megabytes(bytes), megabytes(PACK_LIMITS.fileBytes));
    text = input;
  } else {
    if ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff)) return refuse(file, 'packFileUtf16');
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input);
    } catch {
      return refuse(file, 'packFileNotUtf8');
    }
  }
  text = text.replace(/^\uFEFF/, '');
  if (/[\0-\x08\x0B\x0C\x0E-\x1F\x7F]/.test(text)) return refuse(file, 'packFileBinary');
  if (text.trim() === '') return refuse(file, 'packFileEmpty');
  return { text };
}

export function readPackFile(input: string | Uint8Array, file: string): PackResult {
  const decoded = decode(input, file);
  if (!('text' in decoded)) return decoded;
  const { text } = decoded;
  if (nestingDepth(text, PACK_LIMITS.depth) > PACK_LIMITS.depth) return refuse(file, 'packFileTooDeep', PACK_LIMITS.depth);
  let data: unknown;
  try {
    data = JSON.parse(text) as unknown;
  } catch {
    const place = locateJsonError(text);
    return place ? refuse(file, 'packFileNotJson', place.line, place.column) : refuse(file, 'packFileTooDeep', PACK_LIMITS.depth);
  }
  return validatePack(data, file);
}

export type { PackError };
