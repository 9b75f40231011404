import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../src/options/export-name.ts';

describe('exportFileName', () => {
  it('names the file after the local date', () => {
    expect(exportFileName(new Date(2026, 10, 27, 23, 59))).toBe('backstory-settings-2026-11-27.json');
    expect(exportFileName(new Date(2027, 0, 5))).toBe('backstory-settings-2027-01-05.json');
  });
});
