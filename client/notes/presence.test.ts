import { describe, expect, it } from 'vitest';
import type { PublicUser } from '../auth/schemas';
import { colorOf, othersIn, presenceOf } from './presence';

const user = (id: string, displayName: string): PublicUser =>
  ({ id, username: id, displayName, role: 'supervisor', scope: 'center' }) as PublicUser;

describe('presence', () => {
  const me = presenceOf(user('u-me', 'Tôi'));
  const an = presenceOf(user('u-an', 'Nguyễn Văn An'));
  const binh = presenceOf(user('u-binh', 'Bình'));

  it('P1: ignores states that are not a well-formed user', () => {
    const states = new Map<number, unknown>([
      [1, { user: an }],
      [2, {}],
      [3, { user: { ...binh, role: 'king' } }],
      [4, { user: { ...binh, color: 'red; background:url(x)' } }],
      [5, null],
    ]);
    expect(othersIn(states, me.id)).toEqual([an]);
  });

  it('P2: lists others once each, sorted by name, never the signed-in officer', () => {
    const states = new Map<number, unknown>([
      [1, { user: an }],
      [2, { user: me }],
      [3, { user: binh }],
      [4, { user: an }],
    ]);
    expect(othersIn(states, me.id).map((p) => p.name)).toEqual(['Bình', 'Nguyễn Văn An']);
  });

  it('P3: the colour is a function of the id', () => {
    expect(colorOf('u-an')).toBe(colorOf('u-an'));
    expect(an.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(presenceOf(user('u-x', '  ')).name).toBe('u-x');
  });
});
