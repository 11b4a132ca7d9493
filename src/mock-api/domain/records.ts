import { randomBytes } from 'node:crypto';
import type { Store } from './store';
import type { StoredCredential, StoredProject, StoredWebhook } from './types';

/** What creating a project takes: name and slug checked by the caller, the rest defaulted. */
export type NewProject = Pick<StoredProject, 'name' | 'slug'> & Partial<Omit<StoredProject, 'created_at' | 'updated_at'>>;

/** Creates a project (the demo seed fixes `id`). */
export function createProject(store: Store, now: number, input: NewProject): StoredProject {
  const project: StoredProject = {
    resources: [],
    availability: {},
    availability_constraints: [],
    booking: {},
    customer_fields: {},
    ui: {},
    ...input,
    id: input.id ?? store.newId(),
    created_at: now,
    updated_at: now,
  };
  store.projects.set(project.id, project);
  return project;
}

/** Changes the given fields of project `id` (404 when missing). */
export function updateProject(store: Store, now: number, id: string, change: Partial<StoredProject>): StoredProject {
  const project = store.find('projects', id);
  Object.assign(project, change, { id: project.id, updated_at: now });
  return project;
}

/** Deletes project `id` (404 when missing). */
export function deleteProject(store: Store, id: string): void {
  store.projects.delete(store.find('projects', id).id);
}

/**
 * Creates a credential that works at once. Without a `token`, one is made:
 * `test_widget_key_…` for a client-token, `test_api_key_…` for a server-token (`live_` outside test mode).
 */
export function createCredential(store: Store, input: Omit<StoredCredential, 'id' | 'token'> & { token?: string }): StoredCredential {
  const prefix = store.app.test_mode ? 'test' : 'live';
  const kind = input.type === 'client-token' ? 'widget_key' : 'api_key';
  const credential: StoredCredential = {
    ...input,
    id: store.newId(),
    token: input.token ?? `${prefix}_${kind}_${randomBytes(16).toString('hex')}`,
  };
  store.credentials.set(credential.id, credential);
  return credential;
}

/** Revokes credential `id` (404 when missing). */
export function deleteCredential(store: Store, id: string): void {
  store.credentials.delete(store.find('credentials', id).id);
}

/** Registers a webhook; it hears booking state changes unless `event` is `waitlist`. */
export function createWebhook(
  store: Store,
  now: number,
  input: Pick<StoredWebhook, 'url' | 'graph' | 'state'> & { event?: StoredWebhook['event'] },
): StoredWebhook {
  const hook: StoredWebhook = { ...input, event: input.event ?? 'booking', id: store.newId(), method: 'post', created_at: now };
  store.webhooks.set(hook.id, hook);
  return hook;
}

/** Removes webhook `id` (404 when missing). */
export function deleteWebhook(store: Store, id: string): void {
  store.webhooks.delete(store.find('webhooks', id).id);
}

/** Records an invitation to the app. */
export function inviteToApp(store: Store, now: number, email: string): { email: string; invited_at: number } {
  const invite = { email, invited_at: now };
  store.app.invites.push(invite);
  return invite;
}
