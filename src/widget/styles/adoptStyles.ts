/**
 * The widget's CSS goes into its shadow root without inline `<style>`, so a page whose Content
 * Security Policy has no `'unsafe-inline'` in `style-src` shows it without a violation:
 * constructable stylesheets (`adoptedStyleSheets`) are CSSOM, which CSP does not govern.
 */

let scriptNonce: string | undefined;

/** The script build passes the `nonce` of its own `<script>` tag: the default for `<style>` fallbacks. */
export function setStyleNonce(nonce: string | undefined): void {
  scriptNonce = nonce || undefined;
}

/**
 * Applies `css` to `root`; returns what takes it away again. Browsers without constructable
 * stylesheets get a `<style>` with `nonce` (else the script tag's nonce), which a policy with
 * `style-src 'nonce-…'` allows.
 * @example const remove = adoptStyles(shadowRoot, css, 'r4nd0m'); … remove();
 */
export function adoptStyles(root: ShadowRoot, css: string, nonce = scriptNonce): () => void {
  const doc = root.ownerDocument;
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (Sheet && 'adoptedStyleSheets' in root) {
    // Made in the document's own window (a sheet may only be adopted there); one per call, so
    // taking it away never touches another widget's.
    const sheet = new Sheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return () => void (root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet));
  }
  const style = doc.createElement('style');
  if (nonce) style.nonce = nonce;
  style.textContent = css;
  root.append(style);
  return () => style.remove();
}
