import { describe, expect, it } from 'vitest';
import { exampleFeedback, exampleRating, exampleTicket, exampleUser } from './examples';
import { FeedbackSchema } from './feedback';
import { issueCode } from './messages';
import { QueueTicketSchema } from './queue-ticket';
import { RatingSchema } from './rating';
import { UserSchema } from './user';
import type { z } from 'zod';

const codes = (schema: z.ZodType, value: unknown): string[] => {
  const r = schema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${issueCode(i)}`);
};

describe('QueueTicketSchema', () => {
  it('accepts the example', () => expect(codes(QueueTicketSchema, exampleTicket)).toEqual([]));
  it('a state needs the times of the steps it claims (Q1)', () => {
    expect(codes(QueueTicketSchema, { ...exampleTicket, state: 'done' })).toEqual([
      'state:ticket_state_inconsistent',
    ]);
    const { calledAt: _c, servedAt: _s, ...waiting } = exampleTicket;
    expect(codes(QueueTicketSchema, { ...waiting, state: 'waiting' })).toEqual([]);
    expect(codes(QueueTicketSchema, { ...waiting, state: 'called' })).toEqual([
      'state:ticket_state_inconsistent',
    ]);
  });
});

describe('RatingSchema', () => {
  it('accepts the example', () => expect(codes(RatingSchema, exampleRating)).toEqual([]));
  it.each([0, 6, 3.5])('rejects %d stars', (stars) => {
    expect(codes(RatingSchema, { ...exampleRating, stars })).toEqual(['stars:stars_invalid']);
  });
});

describe('FeedbackSchema', () => {
  it('accepts the example', () => expect(codes(FeedbackSchema, exampleFeedback)).toEqual([]));
  it('refuses anonymous feedback: a way to reply is required', () => {
    expect(codes(FeedbackSchema, { ...exampleFeedback, contact: { name: 'Trần Văn Hùng' } })).toEqual([
      'contact:feedback_contact_required',
    ]);
  });
});

describe('UserSchema', () => {
  it('accepts the example', () => expect(codes(UserSchema, exampleUser)).toEqual([]));
  it.each([
    ['a citizen with more than their own dossiers', { role: 'citizen', scope: 'center' }],
    ['an officer with scope self', { scope: 'self' }],
    ['a fields scope with no fields', { fields: [] }],
    ['a service-point scope with no service point', { scope: 'service_point' }],
  ])('rejects %s', (_what, patch) => {
    expect(codes(UserSchema, { ...exampleUser, ...patch })).toEqual(['scope:user_scope_invalid']);
  });
});
