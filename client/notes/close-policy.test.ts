import { describe, expect, it } from 'vitest';
import { closeAction, probeAction, probeDue, RENEW_AFTER, RENEW_GAP_MS } from './close-policy';
import { NOTES_CLOSE } from './protocol';

describe('close policy', () => {
  it('C1: session_ended renews the session, then reconnects', () => {
    expect(closeAction(NOTES_CLOSE.session_ended)).toEqual({ kind: 'renew' });
  });

  it('C2: a final refusal stops, with its reason', () => {
    expect(closeAction(NOTES_CLOSE.forbidden)).toEqual({ kind: 'stop', reason: 'forbidden' });
    expect(closeAction(NOTES_CLOSE.bad_message)).toEqual({ kind: 'stop', reason: 'bad_message' });
    expect(closeAction(NOTES_CLOSE.protocol_version)).toEqual({ kind: 'stop', reason: 'protocol_version' });
    expect(closeAction(NOTES_CLOSE.too_large)).toEqual({ kind: 'stop', reason: 'too_large' });
    expect(closeAction(4499)).toEqual({ kind: 'stop', reason: 'refused' });
  });

  it('C3: network-level closes, restarts and server errors retry', () => {
    for (const code of [1000, 1006, NOTES_CLOSE.server_stopping, NOTES_CLOSE.internal, 1012, 4500])
      expect(closeAction(code)).toEqual({ kind: 'retry' });
  });

  it('C3: a probe that answers 403, 426 or 400 stops; 204, 401, 404 and no answer retry', () => {
    expect(probeAction(403)).toEqual({ kind: 'stop', reason: 'forbidden' });
    expect(probeAction(426)).toEqual({ kind: 'stop', reason: 'protocol_version' });
    expect(probeAction(400)).toEqual({ kind: 'stop', reason: 'bad_message' });
    for (const status of [204, 401, 404, 500, null]) expect(probeAction(status)).toEqual({ kind: 'retry' });
  });

  it('C3: probes after every few failures, not more often than the gap', () => {
    const now = 1_000_000;
    expect(probeDue(RENEW_AFTER, 0, now)).toBe(true);
    expect(probeDue(RENEW_AFTER - 1, 0, now)).toBe(false);
    expect(probeDue(2 * RENEW_AFTER, now - RENEW_GAP_MS + 1, now)).toBe(false);
    expect(probeDue(0, 0, now)).toBe(false);
  });
});
