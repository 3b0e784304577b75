/**
 * What a wipe would lose, named for the officer (issue 5: "a warning that names the unsynced
 * changes"). W1: a pending dossier is named by its code; a pending event by the code of its
 * dossier; each code once, sorted. W2: anything else pending (conflict decisions, a document this
 * device cannot name) is counted, never dropped silently. W3: nothing pending means no warning.
 */
export type PendingIds = ReadonlyMap<string, ReadonlySet<string>>;

export interface WipeLookup {
  /** dossier id → code, for the dossiers this device holds. */
  readonly dossierCodes: ReadonlyMap<string, string>;
  /** event id → dossier id, for the pending events this device holds. */
  readonly eventDossiers: ReadonlyMap<string, string>;
}

export interface WipePlan {
  readonly dossierCodes: readonly string[];
  readonly otherCount: number;
  readonly empty: boolean;
}

export function planWipe(pending: PendingIds, lookup: WipeLookup): WipePlan {
  const codes = new Set<string>();
  let other = 0;
  const name = (dossierId: string | undefined): boolean => {
    const code = dossierId === undefined ? undefined : lookup.dossierCodes.get(dossierId);
    if (code === undefined) return false;
    codes.add(code);
    return true;
  };
  for (const [collection, ids] of pending) {
    for (const id of ids) {
      const named =
        collection === 'dossiers'
          ? name(id)
          : collection === 'dossier_events'
            ? name(lookup.eventDossiers.get(id))
            : false;
      if (!named) other++; // W2
    }
  }
  const dossierCodes = [...codes].sort();
  return { dossierCodes, otherCount: other, empty: dossierCodes.length === 0 && other === 0 }; // W1, W3
}

/** The ids the lookup needs: pending dossiers and the dossiers of pending events. */
export const idsToLookUp = (
  pending: PendingIds,
): { readonly dossiers: string[]; readonly events: string[] } => ({
  dossiers: [...(pending.get('dossiers') ?? [])],
  events: [...(pending.get('dossier_events') ?? [])],
});
