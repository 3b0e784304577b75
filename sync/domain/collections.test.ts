import { describe, expect, it } from 'vitest';
import { generateDossiers } from '../../shared/demo';
import type { SyncDoc } from '../protocol.ts';
import { COLLECTION_NAMES, domainCollections, validateDossierEvent } from './collections.ts';

const { events } = generateDossiers({ seed: 7, count: 30, now: new Date('2026-03-10T03:00:00Z') });
const asDoc = (e: object): SyncDoc => ({ ...e, _deleted: false }) as SyncDoc;
const byDossier = new Map<string, SyncDoc[]>();
for (const e of events) byDossier.set(e.dossierId, [...(byDossier.get(e.dossierId) ?? []), asDoc(e)]);

describe('domain collections', () => {
  it('registers every domain collection once, events as append-only (EVT1)', () => {
    expect(domainCollections.map((c) => c.name)).toEqual([...COLLECTION_NAMES]);
    expect(domainCollections.find((c) => c.name === 'dossier_events')?.kind).toBe('append-only');
  });

  it('EVT2: accepts every event of a legal log, each after its predecessors', () => {
    for (const log of byDossier.values()) {
      log.forEach((event, i) => expect(validateDossierEvent(log.slice(0, i), event)).toEqual({ ok: true }));
    }
  });

  it('EVT2: refuses an event the status machine forbids, with the machine’s reason', () => {
    const log = [...byDossier.values()].find((l) => l.length >= 2) ?? [];
    const first = log[0];
    expect(first).toBeDefined();
    // A second registration of the same dossier is illegal.
    const verdict = validateDossierEvent(log, { ...first!, id: crypto.randomUUID() });
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.reason).toMatch(/^already_registered/);
  });

  it('EVT2: refuses a malformed event naming the field', () => {
    const verdict = validateDossierEvent([], { id: 'x', _deleted: false, type: 'register' });
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.reason).toMatch(/^malformed_event/);
  });
});
