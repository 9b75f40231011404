/** Something wrong with stored or imported settings, in words the options page can show. */
export interface Problem {
  /** The setting's key, or "version" / "settings" for the container itself. */
  key: string;
  message: string;
}

export type Check<T> = { ok: true; value: T } | { ok: false; message: string };

export function formatProblem(problem: Problem): string {
  return `${problem.key}: ${problem.message}`;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A short description of any value for messages; never echoes a long string in full. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  switch (typeof value) {
    case 'string':
      return value.length > 40 ? `a text of ${value.length} characters` : `the text ${JSON.stringify(value)}`;
    case 'number':
      return Number.isFinite(value) ? `the number ${value}` : `the number ${String(value)}`;
    case 'boolean':
      return String(value);
    case 'undefined':
      return 'nothing';
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}
