import { createResource, createSignal, For, Match, Show, Switch, type JSX } from 'solid-js';
import type { AdminUser } from '../../auth/schemas';
import { createCatalogue } from '../../dossiers/catalogue-store';
import { locale, t } from '../../i18n/locale';
import { errorText } from '../auth/error-text';
import { createUser, listUsers, updateUser } from './admin-api';
import { UserFormView } from './user-form';
import { emptyUserForm, formOf, toCreateBody, toPatchBody } from './user-form-model';

/** The administrator's users: list, create, edit (role, point, fields, scope) and disable. Online. */
export default function AdminUsers(): JSX.Element {
  const [list, { refetch }] = createResource(listUsers);
  const catalogue = createCatalogue();
  const [editing, setEditing] = createSignal<AdminUser | 'new' | null>(null);
  const [notice, setNotice] = createSignal<string | null>(null);
  const users = (): AdminUser[] | null => {
    const r = list();
    return r?.ok === true ? r.value : null;
  };
  const failure = (): string | null => {
    const r = list();
    return r?.ok === false ? errorText(r.error) : null;
  };
  const pointName = (id: string | undefined): string =>
    id === undefined ? '' : (catalogue.servicePoints().find((p) => p.id === id)?.name[locale()] ?? id);

  const saved = (name: string): void => {
    setEditing(null);
    setNotice(t('admin.users.saved', { name }));
    void refetch();
  };

  return (
    <section aria-labelledby="users-title" class="stack">
      <div class="page-head">
        <h1 id="users-title">{t('admin.users.title')}</h1>
        <button
          type="button"
          class="btn btn--primary"
          onClick={() => setEditing('new')}
          data-testid="user-new"
        >
          {t('admin.users.new')}
        </button>
      </div>
      <Show when={notice()}>
        {(text) => (
          <p class="notice" role="status" data-testid="users-notice">
            {text()}
          </p>
        )}
      </Show>
      <Show when={editing() === 'new'}>
        <UserFormView
          mode="create"
          initial={emptyUserForm()}
          servicePoints={catalogue.servicePoints()}
          onCancel={() => setEditing(null)}
          onSubmit={async (form) => {
            const result = await createUser(toCreateBody(form));
            if (result.ok) saved(form.username);
            return result;
          }}
        />
      </Show>
      <Switch>
        <Match when={list.loading}>
          <p class="muted">{t('admin.users.loading')}</p>
        </Match>
        <Match when={failure()}>
          {(text) => (
            <p class="form-error" role="alert" data-testid="users-error">
              {text()}
            </p>
          )}
        </Match>
        <Match when={users()?.length === 0}>
          <p>{t('admin.users.empty')}</p>
        </Match>
        <Match when={users()}>
          {(all) => (
            <ul class="user-list" data-testid="user-list">
              <For each={all()}>
                {(u) => (
                  <li
                    class="user-row"
                    data-testid="user-row"
                    data-username={u.username}
                    data-disabled={String(u.disabled)}
                  >
                    <div class="user-row__head">
                      <strong>{u.displayName}</strong> <span class="muted">@{u.username}</span>{' '}
                      <span class="badge" classList={{ 'badge--pending': u.disabled }}>
                        {u.disabled ? t('admin.users.disabled') : t('admin.users.active')}
                      </span>
                    </div>
                    <p class="muted">
                      {t(`auth.role.${u.role}`)} · {t(`admin.scope.${u.scope}`)}
                      <Show when={u.servicePointId}> · {pointName(u.servicePointId)}</Show>
                    </p>
                    <Show
                      when={editing() === u}
                      fallback={
                        <button
                          type="button"
                          class="btn"
                          aria-label={t('admin.users.editLabel', { name: u.username })}
                          onClick={() => setEditing(u)}
                          data-testid="user-edit"
                        >
                          {t('admin.users.edit')}
                        </button>
                      }
                    >
                      <UserFormView
                        mode="edit"
                        initial={formOf(u)}
                        servicePoints={catalogue.servicePoints()}
                        onCancel={() => setEditing(null)}
                        onSubmit={async (form) => {
                          const body = toPatchBody(formOf(u), form);
                          if (Object.keys(body).length === 0) return 'no_change';
                          const result = await updateUser(u.id, body);
                          if (result.ok) saved(u.username);
                          return result;
                        }}
                      />
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          )}
        </Match>
      </Switch>
    </section>
  );
}
