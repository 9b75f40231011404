import { SETTINGS_VERSION, type Settings } from './defaults.ts';
import { diffFromDefaults } from './encode.ts';
import { locateJsonError } from './json-error.ts';
import { migrate } from './migrations.ts';
import { describe, formatProblem, isPlainObject, type Problem } from './problem.ts';
import { parseSettings } from './validate.ts';

export const SETTINGS_FILE_FORMAT = 'backstory-settings';
export const SETTINGS_FILE_MAX_BYTES = 1024 * 1024;
export const SETTINGS_FILE_MAX_DEPTH = 32;

export type ImportResult = { ok: true; settings: Settings; notes: string[] } | { ok: false; error: string };

/** A pretty JSON file with the non-default settings, for the options page's "Export". */
export function exportSettingsFile(settings: Settings, now: Date = new Date()): string {
  const file = { format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION, exportedAt: now.toISOString(), settings: diffFromDefaults(settings) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads an exported file (its text, or better its bytes). Unlike storage reads, which
 * keep what they can, an import is all or nothing: any problem refuses the whole file
 * with a message naming it, so nothing changes. Older versions are migrated. Never throws.
 */
export function importSettingsFile(input: string | Uint8Array): ImportResult {
  try {
    const root = parseJson(decodeText(input));
    checkDepth(root);
    return readEnvelope(root);
  } catch (error) {
    // Every step refuses with a `Refusal`; anything else is a bug, still never thrown at the page.
    return refuse(error instanceof Refusal ? error.message : 'The file could not be read.');
  }
}

/** A reason to refuse the file, thrown so each step can stop the import in one line. */
class Refusal extends Error {}

function decodeText(input: string | Uint8Array): string {
  const tooLarge = (bytes: number): Refusal =>
    new Refusal(`The file is too large (${(bytes / 1024 / 1024).toFixed(1)} MB); a settings file is at most 1 MB.`);
  let text: string;
  if (typeof input === 'string') {
    // UTF-8 takes at least one byte per UTF-16 unit: a long string is too large unmeasured.
    if (input.length > SETTINGS_FILE_MAX_BYTES) throw tooLarge(input.length);
    const bytes = new TextEncoder().encode(input).byteLength;
    if (bytes > SETTINGS_FILE_MAX_BYTES) throw tooLarge(bytes);
    text = input.replace(/^\uFEFF/, '');
  } else {
    if (input.byteLength > SETTINGS_FILE_MAX_BYTES) throw tooLarge(input.byteLength);
    if ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff)) {
      throw new Refusal('The file is in UTF-16; save it as UTF-8 and try again.');
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      throw new Refusal('The file is not UTF-8 text (it may be binary).');
    }
  }
  if (/[\0-\x08\x0B\x0C\x0E-\x1F\x7F]/.test(text)) throw new Refusal('The file looks binary, not like a JSON text file.');
  if (text.trim() === '') throw new Refusal('The file is empty.');
  return text;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const place = locateJsonError(text);
    // Valid by our reading but refused by the engine: its recursion limit on deep nesting.
    if (place === undefined) throw new Refusal(`The file is nested too deeply (more than ${SETTINGS_FILE_MAX_DEPTH} levels).`);
    throw new Refusal(`The file is not valid JSON: ${place.reason} at line ${place.line}, column ${place.column}.`);
  }
}

/** Iterative, so a hostile structure cannot exhaust the stack of whatever reads it next. */
function checkDepth(root: unknown): void {
  const pending: Array<[value: unknown, depth: number]> = [[root, 1]];
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    const [value, depth] = item;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > SETTINGS_FILE_MAX_DEPTH) throw new Refusal(`The file is nested too deeply (more than ${SETTINGS_FILE_MAX_DEPTH} levels).`);
    for (const child of Object.values(value)) pending.push([child, depth + 1]);
  }
}

function readEnvelope(root: unknown): ImportResult {
  if (!isPlainObject(root)) throw new Refusal(`This is not a Backstory settings file: it holds ${describe(root)}, not an object.`);
  const { format, version, settings } = root;
  if (format !== SETTINGS_FILE_FORMAT) {
    const found = format === undefined ? 'it has no "format"' : `its "format" is ${describe(format)}`;
    throw new Refusal(`This is not a Backstory settings file (${found}; expected "${SETTINGS_FILE_FORMAT}").`);
  }
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    throw new Refusal(`The file's "version" should be a whole number, found ${describe(version)}.`);
  }
  if (version > SETTINGS_VERSION) {
    throw new Refusal(`The file comes from a newer Backstory (settings version ${version}; this one reads up to ${SETTINGS_VERSION}). Update the extension and try again.`);
  }
  if (!isPlainObject(settings)) throw new Refusal(`The file's "settings" should be an object, found ${describe(settings)}.`);

  const migrated = migrate({ ...settings, version });
  const parsed = parseSettings(migrated.data);
  const problems = [...migrated.problems, ...parsed.problems];
  if (problems.length > 0) throw new Refusal(`The file has invalid settings, so nothing was imported. ${listProblems(problems)}`);

  const notes: string[] = [];
  if (version < SETTINGS_VERSION) notes.push(`Updated the file from settings version ${version} to ${SETTINGS_VERSION}.`);
  if (migrated.removed.length > 0) {
    notes.push(`Ignored unknown settings: ${migrated.removed.slice(0, 5).map((key) => JSON.stringify(key.slice(0, 40))).join(', ')}${migrated.removed.length > 5 ? ', …' : ''}.`);
  }
  return { ok: true, settings: parsed.settings, notes };
}

function listProblems(problems: readonly Problem[]): string {
  // Some messages are sentences already; end the list with exactly one full stop.
  const shown = problems.slice(0, 3).map((problem) => formatProblem(problem).replace(/\.$/, '')).join('; ');
  return problems.length > 3 ? `${shown}; and ${problems.length - 3} more.` : `${shown}.`;
}

function refuse(error: string): ImportResult {
  return { ok: false, error };
}
