import { z } from 'zod';
import { RoleSchema, UserIdSchema } from '../../shared/schemas/user';
import type { PublicUser } from '../auth/schemas';

/**
 * Who has a dossier's note open, through Yjs awareness. Our state is `{ user: NotePresence }`;
 * the server drops a state whose user id is not the connection's own, so names cannot be forged.
 *  P1. Remote states are untrusted data: anything that does not parse is ignored, never shown.
 *  P2. "Others" excludes the signed-in officer (their other tabs and devices too) and lists each
 *      officer once, however many tabs they have open, sorted by name.
 *  P3. An officer's colour depends only on their id, so it is the same on every device.
 */
export const NotePresenceSchema = z.object({
  id: UserIdSchema,
  name: z.string().min(1).max(120),
  role: RoleSchema,
  color: z.string().regex(/^#[0-9a-f]{6}$/),
});
export type NotePresence = z.infer<typeof NotePresenceSchema>;

const AwarenessStateSchema = z.object({ user: NotePresenceSchema });

// Each at least 4.5:1 against white, so a name drawn in it stays readable (WCAG 1.4.3).
const PALETTE = ['#a3161c', '#1a56db', '#116329', '#8a4b00', '#6b21a8', '#0e7490', '#9d174d', '#3f6212'];

/** P3: FNV-1a of the id picks the colour. */
export function colorOf(id: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return PALETTE[(h >>> 0) % PALETTE.length] as string;
}

export const presenceOf = (user: PublicUser): NotePresence => ({
  id: user.id,
  name: (user.displayName.trim() || user.username).slice(0, 120),
  role: user.role,
  color: colorOf(user.id),
});

/** P1, P2 */
export function othersIn(states: ReadonlyMap<number, unknown>, selfId: string): NotePresence[] {
  const byId = new Map<string, NotePresence>();
  for (const state of states.values()) {
    const parsed = AwarenessStateSchema.safeParse(state);
    if (parsed.success && parsed.data.user.id !== selfId) byId.set(parsed.data.user.id, parsed.data.user);
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.id.localeCompare(b.id));
}
