import { afterEach, describe, expect, it } from 'vitest';
import { detectTimeZone } from './zoneInfo';

const g = globalThis as { Temporal?: unknown };
const before = g.Temporal;
afterEach(() => {
  g.Temporal = before;
});
const withTemporal = (id: string) => (g.Temporal = { Now: { timeZoneId: () => id } });

describe('detectTimeZone', () => {
  it("takes Temporal's zone name where there is one (no Intl formatter built)", () => {
    withTemporal('Asia/Kolkata');
    expect(detectTimeZone()).toBe('Asia/Kolkata');
  });

  it("falls back to Intl's zone for an offset id or without Temporal", () => {
    const intl = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    withTemporal('+05:30');
    expect(detectTimeZone()).toBe(intl);
    g.Temporal = undefined;
    expect(detectTimeZone()).toBe(intl);
  });
});
