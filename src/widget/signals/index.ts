export { Signal, signal, type ReadonlySignal } from './Signal';
export { computed } from './computed';
export { effect } from './effect';
export { batch, untracked, action } from './graph';
export { createModel } from './createModel';
export { trackComponents } from './preact';
