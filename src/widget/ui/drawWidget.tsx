import { render } from 'preact';
import { effect } from '../signals';
import type { BookingModel } from '../model/BookingModel';
import { adoptStyles } from '../styles/adoptStyles';
import css from '../styles/widget.css?inline';
import { App } from './App';

/** Where and how `drawWidget` draws one widget. */
export interface DrawTarget {
  shadow: ShadowRoot;
  container: HTMLElement;
  model: BookingModel;
  /** The CSP nonce for the `<style>` fallback (`MountOptions.nonce`). */
  nonce?: string;
  /** When the widget was mounted (`performance.now()`): the loading screen's wait counts from then. */
  since: number;
}

/**
 * Styles and renders a mounted widget: the first screen's part of `mount`, which travels in the
 * config-check file with the components (so `booking.js` sends the first request without
 * carrying them). Returns what undoes it.
 * @example const undraw = drawWidget({ shadow, container, model, since: performance.now() }); … undraw();
 */
export function drawWidget({ shadow, container, model, nonce, since }: DrawTarget): () => void {
  // No inline <style>: a strict CSP (no 'unsafe-inline') would refuse it. The steps' CSS joins
  // when their file arrives.
  const unstyle = [adoptStyles(shadow, css, nonce)];
  const stopSteps = effect(() => void (model.steps.value && unstyle.push(adoptStyles(shadow, model.steps.value.css, nonce))));
  render(<App model={model} since={since} />, container);
  return () => {
    render(null, container);
    stopSteps();
    unstyle.forEach((remove) => remove());
  };
}
