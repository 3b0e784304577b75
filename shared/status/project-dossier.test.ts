import { describe, expect, it } from 'vitest';
import { computeDueAt } from '../calendar';
import { procedureById } from '../catalogue';
import { generateDossiers } from '../demo';
import { DossierSchema, type Dossier } from '../schemas/dossier';
import { exampleDossier } from '../schemas/examples';
import type { Role } from '../schemas/user';
import type { MachineEvent } from './apply';
import type { DossierEventType } from './events';
import { projectDossier } from './project-dossier';

// Received Monday 2026-11-16 08:00 Vietnam time; 5 working days.
const RECEIVED = '2026-11-16T01:00:00.000Z';
const deadline = { value: 5, unit: 'working_days' } as const;
const base: Dossier = DossierSchema.parse({
  ...exampleDossier,
  receivedAt: RECEIVED,
  dueAt: computeDueAt(new Date(RECEIVED), deadline).toISOString(),
  status: 2,
  pauses: [],
  assigneeId: undefined,
});

const ev = (
  type: DossierEventType,
  at: string,
  actorRole: Role,
  extra: Partial<MachineEvent> = {},
): MachineEvent => ({ type, at, actorRole, reason: 'lý do', payload: {}, ...extra });

const intake = [ev('register', RECEIVED, 'intake_officer'), ev('accept', RECEIVED, 'intake_officer')];

describe('projectDossier', () => {
  it('P5: a log that says what the cache already says changes nothing', () => {
    const p = projectDossier(base, intake, { deadline });
    expect(p.changed).toBe(false);
    expect(p.dossier).toEqual(base);
  });

  it('P1: status and assignee follow the log, not the cached values', () => {
    const stale = { ...base, status: 9 as const };
    const log = [
      ...intake,
      ev('assign', '2026-11-16T02:00:00.000Z', 'supervisor', { payload: { assigneeId: 'officer-9' } }),
      ev('start_processing', '2026-11-16T03:00:00.000Z', 'processing_officer'),
    ];
    const p = projectDossier(stale, log, { deadline });
    expect(p.changed).toBe(true);
    expect(p.dossier.status).toBe(4);
    expect(p.dossier.assigneeId).toBe('officer-9');
  });

  it('P1: a refused event (complete before processing) counts for nothing', () => {
    const p = projectDossier(
      base,
      [...intake, ev('complete', '2026-11-16T03:00:00.000Z', 'processing_officer')],
      {
        deadline,
      },
    );
    expect(p.dossier.status).toBe(2);
    expect(p.changed).toBe(false);
  });

  it('P2: an open pause leaves dueAt; closing it moves dueAt by the paused working time', () => {
    const started = [...intake, ev('start_processing', '2026-11-16T02:00:00.000Z', 'processing_officer')];
    // Supplement asked Tuesday 08:00, received Thursday 08:00: two whole working days paused.
    const asked = [...started, ev('request_supplement', '2026-11-17T01:00:00.000Z', 'processing_officer')];
    const paused = projectDossier(base, asked, { deadline });
    expect(paused.dossier.status).toBe(5);
    expect(paused.dossier.pauses).toEqual([{ from: '2026-11-17T01:00:00.000Z', reason: 'supplement' }]);
    expect(paused.dossier.dueAt).toBe(base.dueAt);

    const back = [...asked, ev('supplement_received', '2026-11-19T01:00:00.000Z', 'intake_officer')];
    const resumed = projectDossier(paused.dossier, back, { deadline });
    expect(resumed.dossier.status).toBe(4);
    expect(resumed.dossier.pauses[0]?.to).toBe('2026-11-19T01:00:00.000Z');
    const expected = computeDueAt(new Date(RECEIVED), deadline, {
      pauses: [{ from: new Date('2026-11-17T01:00:00.000Z'), to: new Date('2026-11-19T01:00:00.000Z') }],
    });
    expect(resumed.dossier.dueAt).toBe(expected.toISOString());
    // Due Friday 20/11 17:00 before the pause; two working days later is Tuesday 24/11 17:00.
    expect(base.dueAt).toBe('2026-11-20T10:00:00.000Z');
    expect(resumed.dossier.dueAt).toBe('2026-11-24T10:00:00.000Z');
  });

  it('P1: the apology slip (04) sets the new appointment', () => {
    const newDueAt = '2026-11-30T09:00:00.000Z';
    const p = projectDossier(
      base,
      [
        ...intake,
        ev('apologise_reschedule', '2026-11-20T01:00:00.000Z', 'supervisor', { payload: { newDueAt } }),
      ],
      { deadline },
    );
    expect(p.dossier.rescheduledDueAt).toBe(newDueAt);
    expect(p.dossier.status).toBe(2);
  });

  it('P3/P4: no register, or no deadline, leaves what cannot be projected', () => {
    expect(projectDossier(base, [], { deadline }).changed).toBe(false);
    const p = projectDossier({ ...base, dueAt: '2026-12-31T00:00:00.000Z' }, intake, { deadline: undefined });
    expect(p.dossier.dueAt).toBe('2026-12-31T00:00:00.000Z');
  });

  it('P2: the clock starts on acceptance, not on registration', () => {
    const accepted = '2026-11-18T01:00:00.000Z';
    const log = [ev('register', RECEIVED, 'citizen'), ev('accept', accepted, 'intake_officer')];
    const p = projectDossier({ ...base, status: 1 }, log, { deadline });
    expect(p.dossier.dueAt).toBe(computeDueAt(new Date(accepted), deadline).toISOString());
  });

  it('P1/P2: every generated dossier already holds the projection of its log (demo data, bench)', () => {
    const g = generateDossiers({ seed: 3, count: 400, now: new Date('2026-11-20T03:00:00Z') });
    const logs = new Map<string, MachineEvent[]>();
    for (const e of g.events) logs.set(e.dossierId, [...(logs.get(e.dossierId) ?? []), e]);
    const changed = g.dossiers.filter(
      (d) =>
        projectDossier(d, logs.get(d.id) ?? [], { deadline: procedureById(d.procedureId)?.deadline }).changed,
    );
    expect(changed.map((d) => d.code)).toEqual([]);
  });
});
