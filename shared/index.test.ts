import { describe, expect, it } from 'vitest';
import * as calendar from './calendar';
import * as catalogue from './catalogue';
import * as api from './index';
import * as status from './status';
import * as workCalendar from './schemas/work-calendar';

/** Runtime names re-exported under another name to avoid clashes (see index.ts). */
const RENAMED: Readonly<Record<string, string>> = { WEEKDAYS: 'CALENDAR_WEEKDAYS' };

describe('shared public face', () => {
  it.each([
    ['calendar', calendar],
    ['catalogue', catalogue],
    ['status', status],
    ['work-calendar', workCalendar],
  ] as const)('re-exports everything %s exports', (_name, mod) => {
    for (const key of Object.keys(mod)) expect(api, key).toHaveProperty(RENAMED[key] ?? key);
  });

  it('exposes the domain entry points', () => {
    expect(typeof api.DossierSchema.parse).toBe('function');
    expect(typeof api.apply).toBe('function');
    expect(typeof api.replay).toBe('function');
    expect(typeof api.formatDossierCode).toBe('function');
    expect(typeof api.nextSerial).toBe('function');
    expect(typeof api.searchKey).toBe('function');
    expect(typeof api.toRxSchema).toBe('function');
    expect(typeof api.computeDueAt).toBe('function');
    expect(api.procedures.length).toBeGreaterThanOrEqual(40);
  });
});
