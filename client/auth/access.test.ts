import { describe, expect, it } from 'vitest';
import { gateFor, isOfficerPath, safeNext, type AccessState } from './access';

const officer: AccessState = { phase: 'active', role: 'intake_officer', hasPin: true };

describe('R1/R2/R3 redirect rules', () => {
  it.each(['/', '/lookup', '/settings', '/signin', '/pin/setup', '/signout', '/dossiersx'])(
    'R1: %s is public',
    (path) => {
      expect(isOfficerPath(path)).toBe(false);
      expect(gateFor(path, { phase: 'signed_out', role: null, hasPin: false })).toEqual({ kind: 'allow' });
    },
  );

  it.each([
    '/dossiers',
    '/dossiers/new',
    '/dossiers/abc',
    '/processing',
    '/processing/late',
    '/devices',
    '/admin/users',
  ])('R2: %s without a session goes to /signin and back', (path) => {
    expect(gateFor(path, { phase: 'signed_out', role: null, hasPin: false })).toEqual({
      kind: 'redirect',
      to: `/signin?next=${encodeURIComponent(path)}`,
    });
  });

  it('R2: an expired offline period goes to the sign-out flow', () => {
    expect(gateFor('/dossiers', { ...officer, phase: 'expired' })).toEqual({
      kind: 'redirect',
      to: '/signout?reason=offline_expired',
    });
  });

  it('R2: a session without a PIN sets one first', () => {
    expect(gateFor('/dossiers/new', { ...officer, hasPin: false })).toEqual({
      kind: 'redirect',
      to: '/pin/setup?next=%2Fdossiers%2Fnew',
    });
  });

  it('R2: the query is kept in next and ignored by the rules', () => {
    expect(gateFor('/dossiers?q=an', { phase: 'signed_out', role: null, hasPin: false })).toEqual({
      kind: 'redirect',
      to: '/signin?next=%2Fdossiers%3Fq%3Dan',
    });
    expect(gateFor('/admin/users?x=1', { ...officer, role: 'administrator' })).toEqual({ kind: 'allow' });
  });

  it('R3: only an administrator opens /admin', () => {
    expect(gateFor('/admin/users', officer)).toEqual({ kind: 'forbidden' });
    expect(gateFor('/admin/users', { ...officer, role: 'administrator' })).toEqual({ kind: 'allow' });
    expect(gateFor('/dossiers', officer)).toEqual({ kind: 'allow' });
  });
});

describe('R4 safe next', () => {
  it.each([
    ['/dossiers/new', '/dossiers/new'],
    ['/dossiers?q=1', '/dossiers?q=1'],
    [null, '/dossiers'],
    ['', '/dossiers'],
    ['https://evil.example', '/dossiers'],
    ['//evil.example', '/dossiers'],
    ['/\\evil.example', '/dossiers'],
    ['javascript:alert(1)', '/dossiers'],
    ['/signout?reason=logout', '/dossiers'],
    ['/signin', '/dossiers'],
  ])('%j → %s', (next, expected) => expect(safeNext(next)).toBe(expected));
});
