import { createRoot, createSignal, type Accessor } from 'solid-js';
import {
  CodeBlocksAnswerSchema,
  SPARE_DAYS_AHEAD,
  vnDay,
  type CodeBlocksAnswer,
} from '../../shared/dossier-code';
import { callApi, type ApiResult } from '../auth/api-result';
import { appFetch } from '../auth/app-fetch';
import { remainingCodes, storeBlocks, storedBlocks, type KeyValueStorage } from './code-issuer';

/**
 * Keeping this device supplied with dossier-code blocks (code-issuer.ts K1): POST
 * /api/codes/blocks after sign-in (the dossier screens call `refreshCodeBlocks` when they open and
 * when the network comes back) and after an intake that leaves the day running low. Invariants:
 *  CS1. One request at a time; a failed or offline call changes nothing stored (the device keeps
 *       issuing from what it holds).
 *  CS2. A spare block is asked for a day only when fewer than LOW_WATER serials are left for it,
 *       so devices do not drain the unit's shared spare blocks (server CB5).
 *  CS3. The answer of another session (the user signed in again) replaces the stored one; blocks
 *       of the old session already used today stay in the day's allocator (device-blocks.ts DB2).
 *  CS4. When the network comes back the ask is retried a few times while it fails for want of a
 *       network: browsers say `online` as soon as a link is up, sometimes a moment before requests
 *       get through (seen in Chromium), and one failed ask would leave the device without blocks
 *       until a dossier screen opens again.
 */
export const LOW_WATER = 25;
const DAY_MS = 86_400_000;

export interface CodeSupply {
  readonly unitCode: string;
  readonly remainingToday: number;
}

const read = (storage: KeyValueStorage, now: Date): CodeSupply | null => {
  const answer = storedBlocks(storage);
  const day = vnDay(now);
  if (answer === null || day === null) return null;
  return { unitCode: answer.unitCode, remainingToday: remainingCodes(storage, answer.unitCode, day) };
};

const state = createRoot(() => {
  const [supply, setSupply] = createSignal<CodeSupply | null>(
    typeof localStorage === 'undefined' ? null : read(localStorage, new Date()),
  );
  return { supply, setSupply };
});

/** What the intake shows: the unit this device holds blocks for and how many codes remain today. */
export const codeSupply: Accessor<CodeSupply | null> = state.supply;
export const updateCodeSupply = (): void => {
  state.setSupply(read(localStorage, new Date()));
};

/** CS2: the days (today and the next ones) this device is short of serials for. */
export function lowDays(storage: KeyValueStorage, now: Date): string[] {
  const answer = storedBlocks(storage);
  const days: string[] = [];
  for (let i = 0; i < SPARE_DAYS_AHEAD; i++) {
    const day = vnDay(new Date(now.getTime() + i * DAY_MS));
    if (day === null) continue;
    // With no answer yet, the home block the server is about to assign covers the days.
    if (answer !== null && remainingCodes(storage, answer.unitCode, day) < LOW_WATER) days.push(day);
  }
  return days;
}

let inFlight: Promise<ApiResult<CodeBlocksAnswer>> | null = null;

/** CS1: asks the server for this device's blocks (and spares where low), and keeps the answer. */
export function refreshCodeBlocks(): Promise<ApiResult<CodeBlocksAnswer>> {
  inFlight ??= (async () => {
    try {
      const result = await callApi(
        appFetch,
        '/api/codes/blocks',
        { method: 'POST', body: { spareDays: lowDays(localStorage, new Date()) } },
        CodeBlocksAnswerSchema,
      );
      if (result.ok) storeBlocks(localStorage, result.value); // CS3
      updateCodeSupply();
      return result;
    } finally {
      inFlight = null;
    }
  })();
  return inFlight;
}

/** CS4: the waits before each retry of an ask made because the network came back. */
const RECONNECT_RETRY_MS = [1_000, 2_000, 4_000];

/** CS4: asks for blocks now that the network is back, again while it fails with no network. */
export async function refreshAfterReconnect(retryMs: readonly number[] = RECONNECT_RETRY_MS): Promise<void> {
  for (const wait of [0, ...retryMs]) {
    if (wait > 0) await new Promise((done) => setTimeout(done, wait));
    if (!navigator.onLine) return; // offline again: the next `online` asks
    const result = await refreshCodeBlocks();
    if (result.ok || result.error.code !== 'network') return;
  }
}
