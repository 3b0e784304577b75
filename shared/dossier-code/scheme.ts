/**
 * How devices issue dossier codes offline without ever colliding.
 *
 * A dossier code is `<receiving unit code>-YYMMDD-XXXX` (format.ts): XXXX is a serial per
 * receiving unit per day (the day in Asia/Ho_Chi_Minh), 0001–9999. Mobile teams work offline for
 * days, so a device cannot ask anyone for the next number. Instead the serial space of every
 * (unit, day) is cut into fixed blocks and each block is owned by at most one device:
 *
 *   B1. 9999 serials = 99 blocks × 101 serials. Block b (0–98) holds serials 101·b + 1 … 101·b + 101.
 *   B2. Home block: when a device is enrolled for a receiving unit, the server gives it a block
 *       number that is its own for every day, for that unit, for as long as the enrolment lasts
 *       (lowest free number first, see `assignHomeBlock`). It needs no network to use it, ever.
 *   B3. Overflow leases: a device that is online may lease more blocks for one particular
 *       (unit, day) — highest free number first, so leases and home blocks meet in the middle.
 *       A lease is granted only by the server and recorded there before the device may use it.
 *   B4. A device issues serials in order from its home block, then its leases in grant order
 *       (allocator.ts); its allocator state is persisted in the same IndexedDB transaction as the
 *       dossier that takes the code, so a crash cannot hand out the same serial twice.
 *   B5. A home block is given back only when the device is retired *and* has synced, and is never
 *       handed to another device on a day for which the retired device issued codes.
 * B2 and B3 draw from disjoint sets for each (unit, day) and one owner per block, so no two
 * devices can produce the same (unit, day, serial), hence the same code.
 *
 * Limits, stated plainly:
 *   - at most 99 devices enrolled per receiving unit (units are counters, branches, mobile teams
 *     and wards: a handful of devices each), fewer if blocks are kept back for leases;
 *   - 101 dossiers per device per unit per day with no network at all. The seeds' productivity
 *     target is 1,600 dossiers a year per intake officer (≈ 7 a working day), so a busy counter
 *     at 10× that still fits; a device online can lease the remaining blocks (up to 9999 a day
 *     for the unit in total);
 *   - when a device runs out offline, `nextSerial` answers `exhausted`. The dossier is still
 *     saved (no write is ever lost) without a code; its receipt shows the dossier id's QR, and
 *     the code is issued from a lease as soon as the device is online again.
 */
export const BLOCK_SIZE = 101;
export const BLOCK_COUNT = 99;
export const MAX_SERIAL = BLOCK_SIZE * BLOCK_COUNT; // 9999: four digits

export const isBlock = (b: number): boolean => Number.isInteger(b) && b >= 0 && b < BLOCK_COUNT;

/** First and last serial of a block (B1). */
export const blockRange = (block: number): { readonly first: number; readonly last: number } => ({
  first: block * BLOCK_SIZE + 1,
  last: block * BLOCK_SIZE + BLOCK_SIZE,
});

/** The block a serial falls in (inverse of blockRange). */
export const blockOf = (serial: number): number => Math.floor((serial - 1) / BLOCK_SIZE);
