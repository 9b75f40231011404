/**
 * The pack checker fuzzed like the settings importer: whatever a file holds, it answers
 * (never throws) with ok or with problems that each name a path, a known message key and
 * text arguments; generated valid packs pass; a valid pack with one field broken is
 * refused naming that field.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { english } from '../../src/core/pack/english.ts';
import { readPackFile } from '../../src/core/pack/file.ts';
import { PACK_MESSAGE_KEYS } from '../../src/core/pack/messages.ts';
import { validatePack, type PackResult } from '../../src/core/pack/validate.ts';
import { brokenPack, validPack } from './pack.arbitrary.ts';

const KEYS = new Set<string>(PACK_MESSAGE_KEYS);
/** `title`, `entities[2].triggers.en[0]`, `title["pt-BR"]`, or '' for the whole pack. */
const PATH = /^(?:|[A-Za-z_$][\w$-]*|\[(?:\d+|"(?:[^"\\]|\\.)*")\])(?:\.[A-Za-z_$][\w$-]*|\[(?:\d+|"(?:[^"\\]|\\.)*")\])*$/;

function expectWellFormed(result: PackResult): void {
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(error.path).toMatch(PATH);
    expect(KEYS.has(error.key)).toBe(true);
    expect(error.args.every((arg) => typeof arg === 'string')).toBe(true);
    // Every key has its English sentence, with no placeholder left unfilled.
    expect(english(error.key, error.args)).not.toMatch(/\$\w+\$|^pack/);
  }
}

const PACK_KEYS = ['schemaVersion', 'id', 'language', 'title', 'summary', 'entities', 'facts', 'quotes', 'furtherReading', 'sources', 'themes', '__proto__', 'constructor'];

describe('the pack checker on random input', () => {
  it('never throws on random JSON values, and names a path and a key for every problem', () => {
    const shaped = fc.dictionary(fc.constantFrom(...PACK_KEYS), fc.jsonValue({ maxDepth: 4 }));
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), shaped), (value) => {
        const result = validatePack(value, 'random.json');
        expectWellFormed(result);
        // Through the file reader too, as a user's file arrives.
        expectWellFormed(readPackFile(JSON.stringify(value) ?? '', 'random.json'));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on random bytes or text parsed as a file', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 })), (input) => {
        const result = readPackFile(input, 'random.bin');
        expect(result.ok).toBe(false);
        expectWellFormed(result);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on random values in the places of a valid pack', () => {
    // A valid pack with one value anywhere replaced by random JSON: deep into entities and texts.
    const replaced = fc.tuple(validPack, fc.nat(), fc.jsonValue({ maxDepth: 3 })).map(([pack, n, value]) => {
      const copy = structuredClone(pack) as unknown as Record<string, unknown>;
      const slots: [Record<string, unknown> | unknown[], string | number][] = [];
      const walk = (node: unknown) => {
        if (Array.isArray(node)) {
          node.forEach((item, i) => {
            slots.push([node, i]);
            walk(item);
          });
        } else if (node && typeof node === 'object') {
          for (const [k, v] of Object.entries(node)) {
            slots.push([node as Record<string, unknown>, k]);
            walk(v);
          }
        }
      };
      walk(copy);
      const [parent, key] = slots[n % slots.length]!;
      (parent as Record<string | number, unknown>)[key] = value;
      return copy;
    });
    fc.assert(fc.property(replaced, (value) => expectWellFormed(validatePack(value, 'x.json'))), { numRuns: 500 });
  });
});

describe('generated packs', () => {
  it('pass when valid, as data and as a file', () => {
    fc.assert(
      fc.property(validPack, (pack) => {
        expect(validatePack(pack, 'valid.json')).toEqual({ ok: true, pack });
        expect(readPackFile(JSON.stringify(pack, null, 2), 'valid.json').ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('fail naming the field that was broken', () => {
    fc.assert(
      fc.property(brokenPack, ({ pack, breakage }) => {
        const result = validatePack(pack, 'broken.json');
        expect(result.ok, breakage.what).toBe(false);
        if (!result.ok) expect(result.errors.map((error) => error.path), breakage.what).toContain(breakage.path);
        expectWellFormed(result);
      }),
      { numRuns: 500 },
    );
  });
});
