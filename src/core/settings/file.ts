import { SETTINGS_VERSION, type Settings } from './defaults.ts';
import { diffFromDefaults } from './encode.ts';
import { locateJsonError } from './json-error.ts';
import { migrate } from './migrations.ts';
import type { Message } from '../i18n/message.ts';
import { counted, say } from './message-keys.ts';
import { describe, isPlainObject, problemMessage, type Problem } from './problem.ts';
import { parseSettings } from './validate.ts';

export const SETTINGS_FILE_FORMAT = 'backstory-settings';
export const SETTINGS_FILE_MAX_BYTES = 1024 * 1024;
export const SETTINGS_FILE_MAX_DEPTH = 32;

export type ImportResult = { ok: true; settings: Settings; notes: Message[] } | { ok: false; error: Message };

/** Also for a file the page refuses before reading it. */
export function fileTooLarge(bytes: number): Message {
  return say('settingsFileTooLarge', { decimal: bytes / 1024 / 1024, digits: 1 });
}

export const FILE_UNREADABLE: Message = say('settingsFileUnreadable');

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
    return { ok: false, error: error instanceof Refusal ? error.reason : FILE_UNREADABLE };
  }
}

/** A reason to refuse the file, thrown so each step can stop the import in one line. */
class Refusal extends Error {
  constructor(readonly reason: Message) {
    // The key names the refusal in a stack trace; the words are the caller's to choose.
    super(reason.key);
  }
}

function decodeText(input: string | Uint8Array): string {
  const tooLarge = (bytes: number): Refusal => new Refusal(fileTooLarge(bytes));
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
      throw new Refusal(say('settingsFileUtf16'));
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      throw new Refusal(say('settingsFileNotUtf8'));
    }
  }
  if (/[\0-\x08\x0B\x0C\x0E-\x1F\x7F]/.test(text)) throw new Refusal(say('settingsFileBinary'));
  if (text.trim() === '') throw new Refusal(say('settingsFileEmpty'));
  return text;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const place = locateJsonError(text);
    // Valid by our reading but refused by the engine: its recursion limit on deep nesting.
    if (place === undefined) throw tooDeep();
    throw new Refusal(say('settingsFileNotJson', place.reason, String(place.line), String(place.column)));
  }
}

/** Iterative, so a hostile structure cannot exhaust the stack of whatever reads it next. */
function checkDepth(root: unknown): void {
  const pending: Array<[value: unknown, depth: number]> = [[root, 1]];
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    const [value, depth] = item;
    if (typeof value !== 'object' || value === null) continue;
    if (depth > SETTINGS_FILE_MAX_DEPTH) throw tooDeep();
    for (const child of Object.values(value)) pending.push([child, depth + 1]);
  }
}

function readEnvelope(root: unknown): ImportResult {
  if (!isPlainObject(root)) throw new Refusal(say('settingsFileNotObject', describe(root)));
  const { format, version, settings } = root;
  if (format !== SETTINGS_FILE_FORMAT) {
    throw new Refusal(format === undefined
      ? say('settingsFileNoFormat', SETTINGS_FILE_FORMAT)
      : say('settingsFileWrongFormat', describe(format), SETTINGS_FILE_FORMAT));
  }
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    throw new Refusal(say('settingsFileVersionInvalid', describe(version)));
  }
  if (version > SETTINGS_VERSION) throw new Refusal(say('settingsFileNewer', String(version), String(SETTINGS_VERSION)));
  if (!isPlainObject(settings)) throw new Refusal(say('settingsFileSettingsInvalid', describe(settings)));

  const migrated = migrate({ ...settings, version });
  const parsed = parseSettings(migrated.data);
  const problems = [...migrated.problems, ...parsed.problems];
  if (problems.length > 0) throw new Refusal(invalidSettings(problems));

  const notes: Message[] = [];
  if (version < SETTINGS_VERSION) notes.push(say('settingsFileUpdated', String(version), String(SETTINGS_VERSION)));
  if (migrated.removed.length > 0) {
    // The keys are values from the file: shown as they are, quoted, the first few only.
    const keys = migrated.removed.slice(0, 5).map((key) => JSON.stringify(key.slice(0, 40))).join(', ');
    notes.push(say('settingsFileIgnored', `${keys}${migrated.removed.length > 5 ? ', …' : ''}`));
  }
  return { ok: true, settings: parsed.settings, notes };
}

function invalidSettings(problems: readonly Problem[]): Message {
  // Some messages are sentences already: as clauses they lose their full stop, so the list ends with exactly one.
  const shown = { row: problems.slice(0, 3).map((problem): Message => ({ ...problemMessage(problem), clause: true })) };
  return problems.length > 3
    ? say('settingsFileInvalidSettingsMore', shown, String(problems.length - 3))
    : say('settingsFileInvalidSettings', shown);
}

function tooDeep(): Refusal {
  return new Refusal(counted('settingsFileTooDeep', SETTINGS_FILE_MAX_DEPTH));
}
