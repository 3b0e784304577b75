import { describe, expect, it } from 'vitest';
import { applyChanges } from './status-counts';

type Doc = { status: number; _deleted?: boolean };
const ev = (operation: 'INSERT' | 'UPDATE' | 'DELETE', doc: Doc, prev?: Doc) =>
  ({ operation, documentData: doc, previousDocumentData: prev }) as never;

describe('applyChanges (C2)', () => {
  it('moves a dossier between statuses, adds inserts and drops deletions', () => {
    const counts = applyChanges({ 2: 5, 4: 1 }, [
      ev('INSERT', { status: 2 }),
      ev('UPDATE', { status: 4 }, { status: 2 }),
      ev('UPDATE', { status: 4 }, { status: 4 }),
      ev('DELETE', { status: 4, _deleted: true }, { status: 4 }),
      ev('INSERT', { status: 4 }),
      ev('UPDATE', { status: 10, _deleted: true }, { status: 2 }),
    ]);
    expect(counts).toEqual({ 2: 4, 4: 2 });
  });
});
