/** Who is calling: the app key (everything), a widget key (the widget endpoints) or nobody. */
export type Caller = { kind: 'app'; token: string } | { kind: 'widget'; token: string } | { kind: 'none' };

/** The Hono environment every sub-app shares. */
export type ApiEnv = { Variables: { caller: Caller } };
