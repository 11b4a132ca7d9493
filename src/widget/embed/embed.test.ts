import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getHandle, mount } from '../mount';
import { defineBookingElement } from './defineBookingElement';
import { mountMarked } from './mountMarked';
import { TimekitBooking } from './TimekitBooking';

const SLOTS = [
  { start: '2099-11-24T14:00:00Z', end: '2099-11-24T14:30:00Z', resources: [{ id: 'd1', name: 'Doc Brown', timezone: 'UTC' }] },
];
let fetchMock: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fetchMock = vi.fn(
    async (url: string) =>
      new Response(
        JSON.stringify({
          data: url.includes('projects')
            ? {
                id: 'p1',
                slug: 'doc',
                name: 'Doc',
                resources: ['d1'],
                availability: {},
                availability_constraints: [],
                booking: { graph: 'instant' },
                customer_fields: {},
                ui: {},
              }
            : SLOTS,
        }),
        { status: 200 },
      ),
  );
  vi.stubGlobal('fetch', fetchMock);
  document.body.innerHTML = '';
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const shadowText = (el: Element) => el.shadowRoot?.textContent ?? '';

describe('data attributes', () => {
  it('mounts every marked element once, in a shadow root, talking to data-api-base-url', async () => {
    document.body.innerHTML = `<div id="a" data-booking-widget data-app-key="k" data-resources="d1" data-api-base-url="http://api.test/"></div>
      <div id="b" data-booking-widget data-app-key="k" data-project-slug="doc" data-api-base-url="http://api.test/" data-theme="dark"></div>`;
    expect(mountMarked(document)).toBe(2);
    expect(mountMarked(document)).toBe(0);
    const a = document.getElementById('a')!;
    await vi.waitFor(() => expect(shadowText(a)).toContain('Times on'));
    expect(fetchMock.mock.calls.map((c) => c[0])).toEqual(
      expect.arrayContaining(['http://api.test/v2/availability', 'http://api.test/v2/projects/hosted/doc']),
    );
    // The CSS is an adopted sheet, no inline <style> (strict CSP); vitest stubs the CSS text itself.
    expect(a.shadowRoot!.adoptedStyleSheets).toHaveLength(1);
    expect(a.shadowRoot!.querySelector('style')).toBeNull();
    expect(document.head.querySelector('style')).toBeNull();
    expect(document.getElementById('b')!.shadowRoot!.querySelector('.bw')!.getAttribute('data-theme')).toBe('dark');
  });

  it('shows the data-config error naming the attribute', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    document.body.innerHTML = `<div id="a" data-booking-widget data-app-key="k" data-config="{oops"></div>`;
    mountMarked(document);
    await vi.waitFor(() => expect(shadowText(document.getElementById('a')!)).toContain('data-config is not valid JSON'));
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('events', () => {
  it('dispatches bubbling, composed booking:* events on the host', async () => {
    document.body.innerHTML = '<div id="w"></div>';
    const seen: string[] = [];
    document.addEventListener('booking:render-completed', (e) =>
      seen.push((e.target as Element).id + ':' + String((e as CustomEvent).composed)),
    );
    mount('#w', { app_key: 'k', resources: ['d1'], api_base_url: 'http://api.test/' });
    await vi.waitFor(() => expect(seen).toEqual(['w:true']));
  });
});

describe('TimekitBooking (Booking.js v3 global)', () => {
  it('init renders into #bookingjs, answers getConfig/getVersion, and destroy empties it', async () => {
    document.body.innerHTML = '<div id="bookingjs"></div>';
    const renderCompleted = vi.fn();
    const widget = new TimekitBooking().init({
      app_key: 'k',
      resources: ['d1'],
      api_base_url: 'http://api.test/',
      ui: { display_name: 'Doc' },
      callbacks: { renderCompleted },
    });
    const el = document.getElementById('bookingjs')!;
    await vi.waitFor(() => expect(renderCompleted).toHaveBeenCalled());
    expect(widget.getConfig().get('ui.display_name')).toBe('Doc');
    expect(widget.getConfig().all().booking).toEqual({ graph: 'instant' });
    expect(widget.getVersion()).toMatch(/^\d+\.\d+\.\d+/);
    widget.destroy();
    expect(el.shadowRoot!.childNodes).toHaveLength(0);
    expect(getHandle(el)).toBeUndefined();
  });

  it('timekitCreateBooking books without the form', async () => {
    document.body.innerHTML = '<div id="bookingjs"></div>';
    const widget = new TimekitBooking().init({ app_key: 'k', resources: ['d1'], api_base_url: 'http://api.test/' });
    // The times are asked for once the config check (a file of its own) has run; the next answer is the booking's.
    await vi.waitFor(() => expect(fetchMock.mock.calls.some((c) => String(c[0]).includes('/v2/availability'))).toBe(true));
    fetchMock.mockImplementationOnce(async () => new Response(JSON.stringify({ data: { id: 'b1', state: 'confirmed' } }), { status: 201 }));
    const res = await widget.timekitCreateBooking(
      { name: 'Marty', email: 'm@x.io' },
      { start: SLOTS[0].start, end: SLOTS[0].end, resources: SLOTS[0].resources },
    );
    expect(res.data.id).toBe('b1');
    const call = fetchMock.mock.calls.find((c) => String(c[0]).includes('/v2/bookings'))!;
    expect(JSON.parse(call[1].body)).toMatchObject({ resource_id: 'd1', customer: { name: 'Marty' } });
  });

  it('logs a missing target instead of throwing', () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    new TimekitBooking().init({ app_key: 'k', el: '#nope' });
    expect(err.mock.calls[0][0]).toContain('#nope');
  });
});

describe('<booking-widget>', () => {
  it('mounts from attributes without data- and unmounts when removed', async () => {
    defineBookingElement();
    defineBookingElement(); // idempotent
    document.body.innerHTML = '<booking-widget id="c" app-key="k" resources="d1" api-base-url="http://api.test/"></booking-widget>';
    const el = document.getElementById('c')!;
    await vi.waitFor(() => expect(shadowText(el)).toContain('Times on'));
    el.remove();
    expect(getHandle(el)).toBeUndefined();
  });
});

describe('two widgets', () => {
  it('share no state', async () => {
    document.body.innerHTML = '<div id="one"></div><div id="two"></div>';
    const one = mount('#one', { app_key: 'k', resources: ['d1'], api_base_url: 'http://api.test/', ui: { timezone: 'Asia/Tokyo' } });
    const two = mount('#two', { app_key: 'k', resources: ['d1'], api_base_url: 'http://api.test/', ui: { timezone: 'America/New_York' } });
    await vi.waitFor(() => expect(two.model.phase.value).toBe('calendar'));
    one.model.setTimeZone('Europe/Berlin');
    expect(two.model.timeZone.value).toBe('America/New_York');
    expect(one.model).not.toBe(two.model);
  });
});
