import { describe, expect, it } from 'vitest';
import { procedures, servicePoints } from '../../shared/catalogue';
import { buildSlip, slipsOf, type SlipSources } from './slip-model';
import { accepted, ev, intakeLog } from './testing/log';

const point = servicePoints.find((p) => p.parentId !== undefined)!;
const dossier = { ...accepted, receivingPointId: point.id };
const procedure = procedures[0]!;
const started = [...intakeLog, ev('start_processing', '2026-01-06T02:00:00.000Z', 'processing_officer')];
const src = (over: Partial<SlipSources>): SlipSources => ({
  template: '02',
  dossier,
  log: started,
  procedure,
  servicePoints,
  nameOf: (id) => (id === 'processing_officer-1' ? 'Chuyên viên A' : id),
  ...over,
});

describe('slips 02, 03, 04', () => {
  it('SL1: slip 02 prints the latest supplement request: what is missing, who asked, when', () => {
    const log = [
      ...started,
      ev('request_supplement', '2026-01-06T03:00:00.000Z', 'processing_officer', { reason: 'Tờ khai cũ' }),
      ev('supplement_received', '2026-01-06T04:00:00.000Z', 'intake_officer'),
      ev('request_supplement', '2026-01-07T03:00:00.000Z', 'processing_officer', {
        reason: '1. Bản sao CCCD',
      }),
    ];
    const r = buildSlip(src({ log }));
    expect(r.ok && r.slip).toMatchObject({
      template: '02',
      code: dossier.code, // SL3
      issuedAt: '2026-01-07T03:00:00.000Z',
      reason: '1. Bản sao CCCD',
      signer: 'Chuyên viên A',
      procedureName: procedure.name.vi,
      receivingUnit: point.name.vi,
      newDueAt: null,
    });
    // SL4: the form's personal data only.
    expect(r.ok && Object.keys(r.slip.applicant)).toEqual(['fullName', 'address', 'phone']);
  });

  it('SL2: slip 04 states the appointment held before and the new one', () => {
    const first = '2026-01-14T03:00:00.000Z';
    const second = '2026-01-20T03:00:00.000Z';
    const log = [
      ...started,
      ev('apologise_reschedule', '2026-01-09T02:00:00.000Z', 'supervisor', {
        reason: 'Chờ xác minh',
        payload: { newDueAt: first },
      }),
      ev('apologise_reschedule', '2026-01-13T02:00:00.000Z', 'supervisor', {
        reason: 'Chờ ý kiến',
        payload: { newDueAt: second },
      }),
    ];
    const r = buildSlip(src({ template: '04', log }));
    expect(r.ok && r.slip).toMatchObject({ previousDueAt: first, newDueAt: second, reason: 'Chờ ý kiến' });
    const once = buildSlip(src({ template: '04', log: log.slice(0, -1) }));
    expect(once.ok && once.slip.previousDueAt).toBe(dossier.dueAt);
  });

  it('a slip without its event, or without the catalogue, is not printed', () => {
    expect(buildSlip(src({ template: '03' }))).toEqual({ ok: false, error: 'none' });
    const refused = [
      intakeLog[0]!,
      ev('refuse', intakeLog[0]!.at, 'intake_officer', { reason: 'Sai thủ tục' }),
    ];
    expect(buildSlip(src({ template: '03', log: refused, procedure: undefined }))).toEqual({
      ok: false,
      error: 'catalogue_missing',
    });
    expect(slipsOf(refused)).toEqual(['03']);
    expect(slipsOf(started)).toEqual([]);
  });
});
