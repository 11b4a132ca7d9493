import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import type { ModuleTokenAnswer } from '../../wire/bookingtime';
import type { Services } from '../services';
import { moduleId } from './ids';

/** Seconds an access token lives (bookingtime's value). */
export const ACCESS_TOKEN_SECONDS = 300;
/** Seconds a refresh token lives (30 days). */
export const REFRESH_TOKEN_SECONDS = 30 * 86_400;

interface Issued {
  clientId: string;
  organizationId: string | null;
  expires: number;
}

/** The tokens one server instance issued, read on its injected clock. */
export class TokenStore {
  readonly refresh = new Map<string, Issued>();
  readonly access = new Map<string, Issued>();

  constructor(private readonly now: () => number) {}

  /** A new token of `kind`, remembered with its expiry. */
  issue(kind: 'refresh' | 'access', clientId: string, organizationId: string | null): string {
    const token = `${kind === 'access' ? 'at' : 'rt'}_${randomBytes(24).toString('base64url')}`;
    const seconds = kind === 'access' ? ACCESS_TOKEN_SECONDS : REFRESH_TOKEN_SECONDS;
    this[kind].set(token, { clientId, organizationId, expires: this.now() + seconds * 1000 });
    return token;
  }

  /** The live token's record; null when unknown or expired (an expired one is forgotten). */
  read(kind: 'refresh' | 'access', token: string): Issued | null {
    const found = this[kind].get(token);
    if (found && found.expires <= this.now()) this[kind].delete(token);
    return found && found.expires > this.now() ? found : null;
  }
}

/** Reads a form (urlencoded or multipart, as bookingtime's SDK sends) or JSON body; {} when neither. */
async function readForm(req: Request): Promise<Record<string, string>> {
  const type = req.headers.get('content-type') ?? '';
  try {
    if (type.includes('application/json')) {
      const json: unknown = await req.json();
      return json && typeof json === 'object' ? Object.fromEntries(Object.entries(json).map(([k, v]) => [k, String(v ?? '')])) : {};
    }
    const form = await req.formData();
    return Object.fromEntries([...form.entries()].map(([k, v]) => [k, typeof v === 'string' ? v : '']));
  } catch {
    return {};
  }
}

/**
 * `POST /oauth/token`: a widget key of the app is the module's client id (empty secret) and gets a
 * refresh token; a refresh token and the organization id get a 300-second access token. Errors are
 * OAuth 2.0's `{error, error_description}` (400, or 401 for an unknown client).
 */
export function tokenRoutes(s: Services, tokens: TokenStore): Hono {
  const r = new Hono();
  const organization = moduleId('organization', s.store.app.id);
  const isClient = (id: string) =>
    [...s.store.credentials.values()].some(
      (c) => c.type === 'client-token' && c.token === id && (!c.expires || Date.parse(c.expires) > s.clock.now()),
    );
  const fail = (status: 400 | 401, error: string, description: string) => ({ status, body: { error, error_description: description } });

  r.post('/', async (c) => {
    const form = await readForm(c.req.raw);
    const answer = ((): { status: 200 | 400 | 401; body: ModuleTokenAnswer | { error: string; error_description: string } } => {
      const clientId = form.client_id ?? '';
      if (!clientId) return fail(400, 'invalid_request', 'client_id is required');
      if (!isClient(clientId))
        return fail(401, 'invalid_client', `client_id ${clientId} is not a module client of this server (use a widget key)`);
      if (form.client_secret) return fail(401, 'invalid_client', 'client_secret must be empty for a module client');
      if (form.grant_type === 'client_credentials')
        return {
          status: 200,
          body: { refresh_token: tokens.issue('refresh', clientId, null), expires_in: REFRESH_TOKEN_SECONDS, token_type: 'Bearer' },
        };
      if (form.grant_type === 'refresh_token') {
        const held = tokens.read('refresh', form.refresh_token ?? '');
        if (!held || held.clientId !== clientId)
          return fail(400, 'invalid_grant', 'refresh_token is unknown, expired or of another client');
        if (form.organization_id !== organization)
          return fail(
            400,
            'invalid_request',
            `organization_id must be this server's organization ${organization}, got ${form.organization_id ?? 'nothing'}`,
          );
        return {
          status: 200,
          body: { access_token: tokens.issue('access', clientId, organization), expires_in: ACCESS_TOKEN_SECONDS, token_type: 'Bearer' },
        };
      }
      return fail(
        400,
        'unsupported_grant_type',
        `grant_type must be client_credentials or refresh_token, got ${form.grant_type ?? 'nothing'}`,
      );
    })();
    c.header('Cache-Control', 'no-store');
    return c.json(answer.body, answer.status);
  });
  return r;
}
