import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryNotesData, MemoryNoteStore } from './memory-note-store';
import { runNoteStoreContract } from './note-store-contract';
import { SqliteNoteStore } from './sqlite-note-store';

runNoteStoreContract('memory', () => {
  const data = createMemoryNotesData();
  return { open: () => new MemoryNoteStore(data) };
});

runNoteStoreContract('sqlite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-notes-'));
  return {
    open: () => new SqliteNoteStore(join(dir, 'notes.sqlite')),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
});
