import { describe, expect, it } from 'vitest';
import { computeDueAt } from '../../shared/calendar';
import { DossierSchema, type Dossier } from '../../shared/schemas/dossier';
import { DossierEventSchema, type DossierEvent } from '../../shared/schemas/dossier-event';
import { projectDossier } from '../../shared/status/project-dossier';
import { testUuid } from '../db/testing/fixtures';
import type { Actor } from '../dossiers/demo-actor';
import { buildStep, type StepResult } from './build-step';
import type { StepInput } from './step-input';
import { accepted, deadline, ev, intakeLog, RECEIVED } from './testing/log';

const officer: Actor = { id: 'officer-civil_status-1', role: 'processing_officer' };
const boss: Actor = { id: 'supervisor-1', role: 'supervisor' };
const counter: Actor = { id: 'counter-hn-tt', role: 'intake_officer' };
// Tuesday 06/01/2026 09:00 Vietnam time.
const now = new Date('2026-01-06T02:00:00.000Z');

const step = (
  input: StepInput,
  log: readonly DossierEvent[] = intakeLog,
  actor: Actor = officer,
  dossier: Dossier = accepted,
  at: Date = now,
): StepResult =>
  buildStep({ dossier, log, actor, now: at, eventId: testUuid(999), projection: { deadline } }, input);

/** Applies a successful step to a running (dossier, log) pair, as the write path does. */
function run(
  actor: Actor,
  at: string,
  inputs: readonly StepInput[],
): { dossier: Dossier; log: DossierEvent[] } {
  let dossier = accepted;
  const log = [...intakeLog];
  inputs.forEach((input, i) => {
    const r = buildStep(
      { dossier, log, actor, now: new Date(at), eventId: testUuid(500 + i), projection: { deadline } },
      input,
    );
    if (!r.ok) throw new Error(`${input.action}: ${r.error}`);
    dossier = r.dossier;
    log.push(r.event);
  });
  return { dossier, log };
}

describe('buildStep (processing actions over the status machine)', () => {
  it('B2/B4: start processing: the event is in the dossier’s scope, by the actor, now; both parse', () => {
    const r = step({ action: 'start_processing' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.event).toMatchObject({
      id: testUuid(999),
      type: 'start_processing',
      at: now.toISOString(),
      actorId: officer.id,
      actorRole: 'processing_officer',
      receivingPointId: accepted.receivingPointId,
      field: accepted.field,
      payload: {},
    });
    expect(r.event.reason).toBeUndefined();
    expect(r.status).toBe(4);
    expect(r.dossier.status).toBe(4);
    expect(r.dossier.updatedAt).toBe(now.toISOString());
    expect(DossierSchema.safeParse(r.dossier).success).toBe(true);
    expect(DossierEventSchema.safeParse(r.event).success).toBe(true);
  });

  it('B3: the cache written is exactly projectDossier of the log plus the new event', () => {
    const r = step({ action: 'take' });
    if (!r.ok) throw new Error(r.error);
    const expected = projectDossier(accepted, [...intakeLog, r.event], { deadline }).dossier;
    expect(r.dossier).toEqual({ ...expected, updatedAt: now.toISOString() });
    expect(r.dossier.assigneeId).toBe(officer.id);
    expect(r.event.payload).toEqual({ assigneeId: officer.id });
  });

  it('B1: the local log decides, not the cached status; no register/accept on the device refuses', () => {
    // The cache says 4, the log says 2: completing is not allowed yet, starting is.
    const stale = { ...accepted, status: 4 as const };
    expect(step({ action: 'complete' }, intakeLog, officer, stale)).toEqual({
      ok: false,
      error: 'not_allowed_now',
    });
    expect(step({ action: 'start_processing' }, intakeLog, officer, stale).ok).toBe(true);
    expect(step({ action: 'start_processing' }, [])).toEqual({ ok: false, error: 'history_missing' });
  });

  it('T2/roles: wrong status and wrong role are told apart', () => {
    expect(step({ action: 'complete' }, intakeLog, officer)).toEqual({ ok: false, error: 'not_allowed_now' });
    expect(step({ action: 'start_processing' }, intakeLog, counter)).toEqual({
      ok: false,
      error: 'role_not_allowed',
    });
    // A refusal is the counter's, and only before acceptance.
    const registered = [intakeLog[0]!];
    expect(step({ action: 'refuse', reason: 'x' }, registered, officer)).toEqual({
      ok: false,
      error: 'role_not_allowed',
    });
    const refused = step({ action: 'refuse', reason: 'Thiếu tờ khai' }, registered, counter);
    expect(refused.ok && refused.status).toBe(3);
    expect(step({ action: 'refuse', reason: 'x' }, intakeLog, counter)).toEqual({
      ok: false,
      error: 'not_allowed_now',
    });
  });

  it('T3: supplement, stop, withdrawal, refusal and apology need a reason; it is trimmed', () => {
    const started = run(officer, '2026-01-06T02:00:00.000Z', [{ action: 'start_processing' }]);
    expect(step({ action: 'request_supplement', reason: '  ' }, started.log)).toEqual({
      ok: false,
      error: 'reason_required',
    });
    expect(step({ action: 'stop', reason: 'x'.repeat(2001) }, started.log)).toEqual({
      ok: false,
      error: 'reason_too_long',
    });
    const asked = step(
      { action: 'request_supplement', reason: ' 1. Tờ khai\n2. Bản sao CCCD ' },
      started.log,
    );
    expect(asked.ok && asked.event.reason).toBe('1. Tờ khai\n2. Bản sao CCCD');
    expect(asked.ok && asked.status).toBe(5);
    // An action without a reason field records none, whatever the form held.
    const done = step({ action: 'complete', reason: 'ignored' }, started.log);
    expect(done.ok && done.event.reason).toBeUndefined();
  });

  it('P2: supplement asked then received moves dueAt later by exactly the paused working time', () => {
    const started = run(officer, '2026-01-06T02:00:00.000Z', [{ action: 'start_processing' }]);
    const paused = run(officer, '2026-01-06T02:00:00.000Z', [
      { action: 'start_processing' },
      { action: 'request_supplement', reason: 'Tờ khai' },
    ]);
    expect(paused.dossier.status).toBe(5);
    expect(paused.dossier.dueAt).toBe(started.dossier.dueAt); // an open pause leaves it
    // Received Wednesday 09:00: one working day paused.
    const back = buildStep(
      {
        dossier: paused.dossier,
        log: paused.log,
        actor: officer,
        now: new Date('2026-01-07T02:00:00.000Z'),
        eventId: testUuid(998),
        projection: { deadline },
      },
      { action: 'supplement_received' },
    );
    if (!back.ok) throw new Error(back.error);
    expect(back.status).toBe(4);
    const expected = computeDueAt(new Date(RECEIVED), deadline, {
      pauses: [{ from: new Date('2026-01-06T02:00:00.000Z'), to: new Date('2026-01-07T02:00:00.000Z') }],
    });
    expect(back.dossier.dueAt).toBe(expected.toISOString());
    // Due on the make-up working Saturday 10/01/2026 09:00; one working day later is Monday 12/01.
    expect([started.dossier.dueAt, back.dossier.dueAt]).toEqual([
      '2026-01-10T02:00:00.000Z',
      '2026-01-12T02:00:00.000Z',
    ]);
  });

  it('PI1: assignment names someone, validly, other than the current assignee', () => {
    expect(step({ action: 'assign', assigneeId: ' ' }, intakeLog, boss)).toEqual({
      ok: false,
      error: 'assignee_required',
    });
    expect(step({ action: 'assign', assigneeId: 'x'.repeat(129) }, intakeLog, boss)).toEqual({
      ok: false,
      error: 'assignee_invalid',
    });
    const taken = run(officer, now.toISOString(), [{ action: 'take' }]);
    expect(step({ action: 'take' }, taken.log)).toEqual({ ok: false, error: 'already_assigned' });
    const handed = step({ action: 'assign', assigneeId: ' officer-land-2 ' }, taken.log, boss);
    expect(handed.ok && handed.dossier.assigneeId).toBe('officer-land-2');
    expect(handed.ok && handed.status).toBe(2); // T4: assignment changes no status
  });

  it('PI2: the apology’s new appointment is after now and after the current one (slip 04)', () => {
    const current = accepted.dueAt; // Saturday 10/01 09:00, a make-up working day
    const apology = (newDueAt: string) =>
      step({ action: 'apologise_reschedule', reason: 'Chờ xác minh', newDueAt }, intakeLog, boss);
    expect(apology('')).toEqual({ ok: false, error: 'due_invalid' });
    expect(apology('2026-01-06T01:00:00.000Z')).toEqual({ ok: false, error: 'due_not_after_now' });
    expect(apology(current)).toEqual({ ok: false, error: 'due_not_after_current' });
    const later = '2026-01-15T03:00:00.000Z';
    const r = apology(later);
    if (!r.ok) throw new Error(r.error);
    expect(r.event.payload).toEqual({ newDueAt: later });
    expect(r.dossier.rescheduledDueAt).toBe(later);
    expect(r.dossier.status).toBe(2);
    // A second apology must go past the first one's date, not only the computed due time.
    const again = step(
      { action: 'apologise_reschedule', reason: 'x', newDueAt: '2026-01-14T03:00:00.000Z' },
      [...intakeLog, r.event],
      boss,
      r.dossier,
    );
    expect(again).toEqual({ ok: false, error: 'due_not_after_current' });
  });

  it('PI3: a financial obligation may name a whole amount in đồng', () => {
    const started = run(officer, now.toISOString(), [{ action: 'start_processing' }]);
    const ask = (amountVnd: string) =>
      step({ action: 'request_financial_obligation', amountVnd }, started.log);
    const r = ask('1.250.000');
    expect(r.ok && r.event.payload).toEqual({ amountVnd: 1_250_000 });
    expect(r.ok && r.status).toBe(6);
    expect(ask('').ok && ask('').ok).toBe(true);
    expect(ask('-5')).toEqual({ ok: false, error: 'amount_invalid' });
    expect(ask('12.5k')).toEqual({ ok: false, error: 'amount_invalid' });
  });

  it('a whole life: take, start, obligation, fulfilled, complete (4 → 6 → 4 → 9)', () => {
    const life = run(officer, now.toISOString(), [
      { action: 'take' },
      { action: 'start_processing' },
      { action: 'request_financial_obligation', amountVnd: '' },
      { action: 'financial_obligation_fulfilled' },
      { action: 'complete' },
    ]);
    expect(life.dossier.status).toBe(9);
    expect(life.log.map((e) => e.type).slice(2)).toEqual([
      'assign',
      'start_processing',
      'request_financial_obligation',
      'financial_obligation_fulfilled',
      'complete',
    ]);
  });

  it('does not change its inputs', () => {
    const before = JSON.stringify([accepted, intakeLog]);
    step({ action: 'take' });
    expect(JSON.stringify([accepted, intakeLog])).toBe(before);
  });

  it('the fixtures’ log is a valid intake', () => {
    expect(ev('register', RECEIVED, 'intake_officer').type).toBe('register');
  });
});
