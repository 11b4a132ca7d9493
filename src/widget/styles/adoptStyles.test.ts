import { afterEach, describe, expect, it } from 'vitest';
import { adoptStyles, setStyleNonce } from './adoptStyles';

const host = () => document.body.appendChild(document.createElement('div')).attachShadow({ mode: 'open' });

afterEach(() => {
  document.body.innerHTML = '';
  setStyleNonce(undefined);
});

describe('adoptStyles', () => {
  it('adopts a constructed sheet, no <style>, and takes it away again', () => {
    const root = host();
    const remove = adoptStyles(root, '.bw { color: red }');
    expect(root.querySelector('style')).toBeNull();
    expect(root.adoptedStyleSheets).toHaveLength(1);
    expect(root.adoptedStyleSheets[0].cssRules[0].cssText).toContain('color: red');
    remove();
    expect(root.adoptedStyleSheets).toHaveLength(0);
  });

  it('takes away only its own sheet: another widget in the same root stays styled', () => {
    const root = host();
    const removeA = adoptStyles(root, '.x { margin: 0 }');
    const other = adoptStyles(root, '.x { margin: 0 }');
    const otherSheet = root.adoptedStyleSheets[1];
    removeA();
    expect(root.adoptedStyleSheets).toEqual([otherSheet]);
    other();
    expect(root.adoptedStyleSheets).toHaveLength(0);
  });

  it('keeps the order of calls (the steps after the first screen)', () => {
    const root = host();
    adoptStyles(root, '.first {}');
    adoptStyles(root, '.steps {}');
    expect(root.adoptedStyleSheets.map((s) => s.cssRules[0].cssText.split(' ')[0])).toEqual(['.first', '.steps']);
  });

  describe('without constructable stylesheets', () => {
    const proto = Object.getPrototypeOf(host());
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'adoptedStyleSheets')!;
    afterEach(() => Object.defineProperty(proto, 'adoptedStyleSheets', descriptor));
    const withoutAdopted = () => delete (proto as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;

    it('falls back to a <style> with the given nonce, and removes it', () => {
      withoutAdopted();
      const root = host();
      const remove = adoptStyles(root, '.bw {}', 'n0nce');
      const style = root.querySelector('style')!;
      expect(style.textContent).toBe('.bw {}');
      expect(style.nonce).toBe('n0nce');
      remove();
      expect(root.querySelector('style')).toBeNull();
    });

    it('takes the script tag’s nonce by default', () => {
      withoutAdopted();
      setStyleNonce('from-script');
      const root = host();
      adoptStyles(root, '.bw {}');
      expect(root.querySelector('style')!.nonce).toBe('from-script');
    });
  });
});
