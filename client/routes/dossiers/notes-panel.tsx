import { createEffect, createSignal, For, onCleanup, Show, type JSX } from 'solid-js';
import { t } from '../../i18n/locale';
import { bindTextarea, createNoteStore, type NotePresence } from '../../notes';

// styles.css has no textarea rule yet; these match `.form-row input` (44px targets, 4.5:1 edge).
const AREA_STYLE: JSX.CSSProperties = {
  width: '100%',
  'min-height': '8rem',
  padding: '0.5rem 0.75rem',
  border: '1px solid #767676',
  'border-radius': 'var(--radius)',
  font: 'inherit',
  color: 'var(--ink)',
  background: 'var(--bg)',
  resize: 'vertical',
};

/**
 * The dossier's shared processing note (issue 7), loaded lazily by detail.tsx so Yjs stays out
 * of the first load. The textarea takes input once the device's copy is read (note-store
 * `loaded`); the state line is announced politely; `data-state` is synced|local|connecting.
 */
export default function NotesPanel(props: { readonly dossierId: string }): JSX.Element {
  const note = createNoteStore(() => props.dossierId);
  const [area, setArea] = createSignal<HTMLTextAreaElement>();
  createEffect(() => {
    const text = note.text();
    const el = area();
    if (text === null || el === undefined) return;
    onCleanup(bindTextarea(el, text));
  });

  return (
    <section aria-labelledby="note-title" class="panel stack" data-testid="note-panel">
      <h2 id="note-title">{t('note.title')}</h2>
      <Presence others={note.view.others} />
      <div class="form-row">
        <label for="note-text">{t('note.label')}</label>
        <p id="note-hint" class="muted form-hint">
          {t('note.hint')}
        </p>
        <textarea
          id="note-text"
          ref={setArea}
          data-testid="note-text"
          rows={6}
          style={AREA_STYLE}
          readOnly={!note.view.loaded}
          aria-busy={!note.view.loaded}
          aria-describedby="note-hint note-sync"
          placeholder={note.view.loaded ? undefined : t('note.loading')}
        />
      </div>
      <p
        id="note-sync"
        class="muted"
        role="status"
        aria-live="polite"
        data-testid="note-sync"
        data-state={note.view.state}
      >
        {t(`note.sync.${note.view.state}`)}
      </p>
      <Show when={note.view.refused}>
        {(reason) => (
          <p class="form-error" role="alert" data-testid="note-refused" data-reason={reason()}>
            {t(`note.refused.${reason()}`)}
          </p>
        )}
      </Show>
    </section>
  );
}

/** Who else has the dossier open; names are announced as they come and go. */
function Presence(props: { readonly others: readonly NotePresence[] }): JSX.Element {
  return (
    <div data-testid="note-presence" aria-live="polite" data-count={props.others.length}>
      <Show when={props.others.length > 0} fallback={<p class="muted">{t('note.presence.alone')}</p>}>
        <p id="note-presence-title">{t('note.presence.title')}</p>
        <ul aria-labelledby="note-presence-title">
          <For each={props.others}>
            {(p) => (
              <li data-testid="note-presence-user" data-user-id={p.id}>
                <span aria-hidden="true" style={{ color: p.color }}>
                  ●
                </span>{' '}
                <strong>{p.name}</strong> <span class="muted">({t(`auth.role.${p.role}`)})</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
