import type { DossierInput } from './dossier';
import type { z } from 'zod';
import type { DossierEventSchema } from './dossier-event';
import type { FeedbackSchema } from './feedback';
import type { QueueTicketSchema } from './queue-ticket';
import type { RatingSchema } from './rating';
import type { UserSchema } from './user';

/**
 * One valid example of each entity, as it travels on the wire (before brands are applied).
 * Tests start from these and break one thing at a time; docs and API examples can show them.
 * The people are invented; the ID and phone numbers are structurally valid, not real.
 */
export const exampleDossier = {
  id: '3f1c9a52-6b7e-4c1d-9a4f-2b8e7d6c5a10',
  code: 'HN-TT-260302-0102',
  procedureId: 'khai-sinh',
  applicant: {
    fullName: 'Nguyễn Thị Lan Anh',
    citizenId: '001190012345',
    dateOfBirth: '1990-04-12',
    phone: '0912345678',
    email: 'lananh@example.vn',
    address: 'Số 12 ngõ 34 phố Hàng Bông, phường Hoàn Kiếm, Hà Nội',
  },
  channel: 'in_person',
  receivingPointId: 'hn-tt',
  receivedAt: '2026-03-02T02:15:00.000Z',
  dueAt: '2026-03-04T02:15:00.000Z',
  status: 4,
  documents: [
    { requirementId: 'to-khai', state: 'digitised', attachmentIds: ['att-1'] },
    { requirementId: 'giay-chung-sinh', state: 'received_paper', attachmentIds: [] },
  ],
  fee: { amountVnd: 0, paymentState: 'not_required' },
  pauses: [{ from: '2026-03-02T08:00:00.000Z', to: '2026-03-03T02:00:00.000Z', reason: 'supplement' }],
  resultDelivery: { method: 'counter' },
  assigneeId: 'officer-7',
  field: 'civil_status',
  updatedAt: '2026-03-03T02:00:00.000Z',
} satisfies DossierInput;

export const exampleEvent = {
  id: '9d2e4f60-1a3b-4c5d-8e7f-0a1b2c3d4e5f',
  dossierId: exampleDossier.id,
  receivingPointId: exampleDossier.receivingPointId,
  field: exampleDossier.field,
  type: 'request_supplement',
  at: '2026-03-02T08:00:00.000Z',
  actorId: 'officer-7',
  actorRole: 'processing_officer',
  reason: 'Thiếu bản sao giấy chứng nhận kết hôn của cha mẹ',
  payload: {},
} satisfies z.input<typeof DossierEventSchema>;

export const exampleTicket = {
  id: '5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e',
  servicePointId: 'hn-tt',
  service: 'civil_status',
  number: 102,
  issuedAt: '2026-03-02T01:50:00.000Z',
  calledAt: '2026-03-02T02:01:00.000Z',
  servedAt: '2026-03-02T02:02:00.000Z',
  counter: '05',
  state: 'serving',
  updatedAt: '2026-03-02T02:02:00.000Z',
} satisfies z.input<typeof QueueTicketSchema>;

export const exampleRating = {
  id: '7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d',
  targetKind: 'dossier',
  targetId: exampleDossier.id,
  servicePointId: 'hn-tt',
  stars: 5,
  comment: 'Cán bộ hướng dẫn tận tình.',
  createdAt: '2026-03-04T03:00:00.000Z',
} satisfies z.input<typeof RatingSchema>;

export const exampleFeedback = {
  id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  subject: 'Thời gian chờ tại quầy',
  content: 'Đề nghị bố trí thêm quầy tiếp nhận vào sáng thứ Hai.',
  contact: { name: 'Trần Văn Hùng', phone: '0987654321' },
  status: 'received',
  createdAt: '2026-03-02T03:00:00.000Z',
  updatedAt: '2026-03-02T03:00:00.000Z',
} satisfies z.input<typeof FeedbackSchema>;

export const exampleUser = {
  id: 'officer-7',
  username: 'pham.minh.tuan',
  displayName: 'Phạm Minh Tuấn',
  role: 'processing_officer',
  fields: ['civil_status'],
  scope: 'fields',
  disabled: false,
  updatedAt: '2026-01-05T01:00:00.000Z',
} satisfies z.input<typeof UserSchema>;
