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

  it('defineBookingElement does nothing and mount says it needs a browser', async () => {
    const mod = await import('./index');
    expect(() => mod.defineBookingElement()).not.toThrow();
    expect(() => mod.mount('#booking', { app_key: 'k' })).toThrow(/mount\(\) needs a browser/);
  });
});
