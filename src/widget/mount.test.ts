import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeBackend } from './api/createFakeBackend';
import { mount } from './mount';

// The first-screen file (config/check/) fails to download as often as `failures.left` says, then loads.
const failures = vi.hoisted(() => ({ left: 0, asked: 0 }));
vi.mock('./config/loadCheck', async (importOriginal) => {
  const real = await importOriginal<typeof import('./config/loadCheck')>();
  return {
    ...real,
    loadCheck: () => {
      failures.asked++;
      return failures.left-- > 0 ? Promise.resolve(null) : real.loadCheck();
    },
  };
});

const SLOTS = [
  { start: '2099-11-24T14:00:00Z', end: '2099-11-24T14:30:00Z', resources: [{ id: 'd1', name: 'Doc Brown', timezone: 'UTC' }] },
];
// The first import of the file's modules is transformed on the fly by the test runner: it can take seconds.
const WAIT = { timeout: 10_000 };
const CONFIG = { app_key: 'k', resources: ['d1'], ui: { locale: 'en-GB', timezone: 'Europe/London' } };

afterEach(() => {
  document.body.innerHTML = '';
  failures.left = 0;
  failures.asked = 0;
});

/** The first match of `selector` in the widget's shadow root, once there is one. */
function shown<T extends Element = HTMLElement>(el: HTMLElement, selector: string): Promise<T> {
  return vi.waitFor(() => {
    const found = el.shadowRoot!.querySelector<T>(selector);
    if (!found) throw new Error(`no ${selector} yet`);
    return found;
  }, WAIT);
}

function host(): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  return el;
}

describe('mount and the first-screen file', () => {
  it('without the file, says the service could not be reached; Try again asks for it anew and draws the calendar', async () => {
    failures.left = 1;
    const el = host();
    const widget = mount(el, CONFIG, { backend: createFakeBackend({ slots: SLOTS }) });
    const alert = await shown(el, '[role="alert"]');
    expect(alert.textContent).toContain('could not reach the booking service');
    // Nothing of the widget is there (its CSS and components travel in that file): the notice's own sheet only.
    expect(el.shadowRoot!.adoptedStyleSheets).toHaveLength(1);
    const noticeSheet = el.shadowRoot!.adoptedStyleSheets[0];
    expect([...noticeSheet.cssRules].map((r) => r.cssText).join()).toContain('.bw-offline');
    expect(el.shadowRoot!.querySelector('.bw')).toBeNull();
    alert.querySelector('button')!.click();
    await vi.waitFor(() => expect(el.shadowRoot!.textContent).toContain('Times on'), WAIT);
    // The notice and its sheet are gone; the widget's sheet is there (the steps' joins it later).
    expect(el.shadowRoot!.querySelector('[role="alert"]')).toBeNull();
    expect(el.shadowRoot!.adoptedStyleSheets).not.toContain(noticeSheet);
    expect(el.shadowRoot!.adoptedStyleSheets.length).toBeGreaterThanOrEqual(1);
    expect(failures.asked).toBeGreaterThanOrEqual(2);
    // The button that had the focus is gone: the calendar's heading has it, not the page.
    await vi.waitFor(() => expect(el.shadowRoot!.activeElement?.textContent).toBe('Choose a day'), WAIT);
    widget.destroy();
    expect(el.shadowRoot!.childNodes).toHaveLength(0);
    expect(el.shadowRoot!.adoptedStyleSheets).toHaveLength(0);
  });

  it('Try again says it is trying and takes no second click; when the file fails again, the alert is put in anew', async () => {
    failures.left = 2;
    const el = host();
    const widget = mount(el, CONFIG, { backend: createFakeBackend({ slots: SLOTS }) });
    const button = await shown<HTMLButtonElement>(el, '[role="alert"] button');
    const firstMessage = el.shadowRoot!.querySelector('[role="alert"] div');
    button.focus();
    button.click();
    expect(button.textContent).toBe('Loading…');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    button.click();
    expect(failures.asked).toBe(2);
    // The second try failed too: the button is back, still focused, and the message is a new node (read again).
    await vi.waitFor(() => expect(button.textContent).toBe('Try again'), WAIT);
    expect(button.hasAttribute('aria-disabled')).toBe(false);
    expect(el.shadowRoot!.activeElement).toBe(button);
    const again = el.shadowRoot!.querySelector('[role="alert"] div')!;
    expect(again).not.toBe(firstMessage);
    expect(again.textContent).toContain('could not reach the booking service');
    button.click();
    await vi.waitFor(() => expect(el.shadowRoot!.textContent).toContain('Times on'), WAIT);
    expect(failures.asked).toBe(3);
    widget.destroy();
  });

  it('a widget taken away before the file arrives never draws', async () => {
    const el = host();
    const widget = mount(el, CONFIG, { backend: createFakeBackend({ slots: SLOTS }) });
    expect(el.shadowRoot!.querySelector('.bw')).toBeNull();
    widget.destroy();
    const other = host();
    const second = mount(other, CONFIG, { backend: createFakeBackend({ slots: SLOTS }) });
    await vi.waitFor(() => expect(other.shadowRoot!.textContent).toContain('Times on'), WAIT);
    expect(el.shadowRoot!.childNodes).toHaveLength(0);
    expect(el.shadowRoot!.adoptedStyleSheets).toHaveLength(0);
    // Even a file that reaches the taken-away widget's model late draws nothing.
    widget.model.check.value = second.model.check.value;
    expect(el.shadowRoot!.childNodes).toHaveLength(0);
    expect(el.shadowRoot!.adoptedStyleSheets).toHaveLength(0);
  });
});
