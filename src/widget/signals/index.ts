export { Signal, signal, computed, effect, batch, untracked, action, type ReadonlySignal } from './core';
export { createModel } from './createModel';
export { trackComponents } from './preact';
