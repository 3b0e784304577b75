import { A } from '@solidjs/router';
import type { JSX } from 'solid-js';
import type { Dossier } from '../../../shared/schemas/dossier';
import { SyncMarker } from './sync-marker';

/** The top of a dossier row in every list: code (opens the dossier), sync mark, applicant, procedure. */
export function DossierRowSummary(props: {
  readonly dossier: Pick<Dossier, 'id' | 'code' | 'applicant' | 'procedureId'>;
  readonly procedureName: string;
}): JSX.Element {
  return (
    <>
      <div class="dossier-row__head">
        <A href={`/dossiers/${props.dossier.id}`} class="dossier-row__code">
          {props.dossier.code}
        </A>
        <SyncMarker id={props.dossier.id} />
      </div>
      <p class="dossier-row__name">{props.dossier.applicant.fullName}</p>
      <p class="muted dossier-row__procedure">{props.procedureName}</p>
    </>
  );
}
