import { describe, expect, it } from 'vitest';
import { assignableFor, type StaffMember } from './assignable';

const staff: StaffMember[] = [
  { id: 'a', displayName: 'An', role: 'processing_officer', fields: ['land'] },
  { id: 'b', displayName: 'Bình', role: 'processing_officer', fields: ['civil_status', 'residence'] },
  { id: 'c', displayName: 'Chi', role: 'supervisor', fields: [] },
];

describe('assignableFor', () => {
  it('offers supervisors and the officers of the dossier’s field only', () => {
    expect(assignableFor(staff, 'residence').map((s) => s.id)).toEqual(['b', 'c']);
    expect(assignableFor(staff, 'construction').map((s) => s.id)).toEqual(['c']);
  });
});
