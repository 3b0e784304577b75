import { describe, expect, it } from 'vitest';
import {
  emptyUserForm,
  scopeForRole,
  toCreateBody,
  toPatchBody,
  validateUserForm,
  type UserForm,
} from './user-form-model';

const intake: UserForm = {
  ...emptyUserForm(),
  username: 'tiepnhan2',
  displayName: ' Nguyễn Thị Hoa ',
  role: 'intake_officer',
  scope: 'service_point',
  servicePointId: 'hn-center',
  password: 'motcua2026',
};

describe('U1 user form checks', () => {
  it('a complete intake officer passes', () => expect(validateUserForm(intake, 'create')).toEqual({}));

  it('names every bad field', () => {
    expect(validateUserForm(emptyUserForm(), 'create')).toEqual({
      username: 'username',
      displayName: 'displayName',
      role: 'role',
      scope: 'scope',
      password: 'password',
    });
  });

  it.each(['ab', 'Tiep', 'tiếp', 'a b', 'x'.repeat(65)])('username %j is refused', (username) => {
    expect(validateUserForm({ ...intake, username }, 'create').username).toBe('username');
  });

  it('each role has only its scopes; a citizen has the self scope, and only a citizen has it', () => {
    expect(validateUserForm({ ...intake, role: 'citizen', scope: 'service_point' }, 'create').scope).toBe(
      'scope',
    );
    expect(validateUserForm({ ...intake, role: 'supervisor', scope: 'self' }, 'create').scope).toBe('scope');
    expect(validateUserForm({ ...intake, role: 'mobile_team', scope: 'center' }, 'create').scope).toBe(
      'scope',
    );
    expect(
      validateUserForm({ ...intake, role: 'supervisor', scope: 'center', servicePointId: '' }, 'create'),
    ).toEqual({});
    expect(
      validateUserForm({ ...intake, role: 'citizen', scope: 'self', servicePointId: '' }, 'create'),
    ).toEqual({});
  });

  it('preselects an allowed scope when the role changes', () => {
    expect(scopeForRole('processing_officer', 'service_point')).toBe('fields');
    expect(scopeForRole('supervisor', 'service_point')).toBe('service_point');
    expect(scopeForRole('administrator', '')).toBe('center');
    expect(scopeForRole('', 'center')).toBe('center');
  });

  it('service_point scope needs a point; fields scope needs a field', () => {
    expect(validateUserForm({ ...intake, servicePointId: '' }, 'create').servicePointId).toBe('servicePoint');
    const officer: UserForm = { ...intake, role: 'processing_officer', scope: 'fields', servicePointId: '' };
    expect(validateUserForm(officer, 'create').fields).toBe('fields');
    expect(validateUserForm({ ...officer, fields: ['land'] }, 'create')).toEqual({});
  });

  it('the password is required on create and optional on edit, 8 characters when given', () => {
    expect(validateUserForm({ ...intake, password: '' }, 'edit')).toEqual({});
    expect(validateUserForm({ ...intake, password: 'short' }, 'edit').password).toBe('password');
    expect(validateUserForm({ ...intake, password: '' }, 'create').password).toBe('password');
  });
});

describe('request bodies', () => {
  it('create trims the name and leaves out what is empty', () => {
    expect(toCreateBody(intake)).toEqual({
      username: 'tiepnhan2',
      displayName: 'Nguyễn Thị Hoa',
      role: 'intake_officer',
      scope: 'service_point',
      password: 'motcua2026',
      servicePointId: 'hn-center',
    });
  });

  it('U2: an edit sends only what changed', () => {
    const before: UserForm = { ...intake, password: '', displayName: 'Nguyễn Thị Hoa' };
    expect(toPatchBody(before, before)).toEqual({});
    expect(toPatchBody(before, { ...before, disabled: true })).toEqual({ disabled: true });
    expect(
      toPatchBody(before, {
        ...before,
        role: 'processing_officer',
        scope: 'fields',
        servicePointId: '',
        fields: ['land'],
        password: 'newpassword',
      }),
    ).toEqual({
      role: 'processing_officer',
      scope: 'fields',
      servicePointId: null,
      fields: ['land'],
      password: 'newpassword',
    });
  });
});
