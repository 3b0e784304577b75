import { describe, expect, it } from 'vitest';
import { DossierEventSchema } from './dossier-event';
import { exampleEvent } from './examples';
import { issueCode } from './messages';

const codes = (event: unknown): string[] => {
  const r = DossierEventSchema.safeParse(event);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${issueCode(i)}`);
};

describe('DossierEventSchema', () => {
  it('accepts the example', () => expect(codes(exampleEvent)).toEqual([]));

  it('needs a non-blank reason where the status machine does (T3)', () => {
    expect(codes({ ...exampleEvent, reason: '  ' })).toEqual(['reason:reason_required']);
    expect(codes({ ...exampleEvent, type: 'stop', reason: undefined })).toEqual(['reason:reason_required']);
    expect(
      codes({ ...exampleEvent, type: 'accept', actorRole: 'intake_officer', reason: undefined }),
    ).toEqual([]);
  });

  it('needs the payload an event type carries', () => {
    expect(codes({ ...exampleEvent, type: 'assign' })).toEqual(['payload.assigneeId:event_payload_invalid']);
    expect(codes({ ...exampleEvent, type: 'apologise_reschedule' })).toEqual([
      'payload.newDueAt:event_payload_invalid',
    ]);
    expect(codes({ ...exampleEvent, type: 'assign', payload: { assigneeId: 'officer-9' } })).toEqual([]);
  });

  it('E4: needs its dossier’s receiving point and a known field', () => {
    const { receivingPointId: _r, ...noPoint } = exampleEvent;
    expect(codes(noPoint)).toEqual(['receivingPointId:required']);
    expect(codes({ ...exampleEvent, field: 'astrology' })).toEqual(['field:value_invalid']);
  });

  it('knows only the closed set of types and roles', () => {
    expect(codes({ ...exampleEvent, type: 'approve' })).toEqual(['type:value_invalid']);
    expect(codes({ ...exampleEvent, actorRole: 'root' })).toEqual(['actorRole:value_invalid']);
  });
});
