// @vitest-environment node
import { describe, expect, it } from 'vitest';

describe('npm entry in Node', () => {
  it('imports without touching window or document', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    const mod = await import('./index');
    expect(typeof mod.mount).toBe('function');
    expect(typeof mod.BookingWidget).toBe('function');
    expect(typeof mod.defineBookingElement).toBe('function');
    expect(mod.validateConfig({ app_key: 'k', resources: 5 })[0].key).toBe('resources');
  });
});
