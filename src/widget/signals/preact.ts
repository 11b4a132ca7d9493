import { Component, Fragment, options, type VNode } from 'preact';
import { Effect } from './effect';

/**
 * Components that read `signal.value` while rendering re-render when it changes, as with
 * @preact/signals: each component gets one updater effect; a render tracks into it from Preact's
 * render hook until the next vnode's diff starts (the render function has returned). Only this is
 * taken over from @preact/signals: the widget never renders a signal itself as a child or a prop.
 */

/** Preact's internal (mangled) names this relies on: the same ones @preact/signals uses. */
interface Internal extends VNode {
  __c?: Tracked;
}
interface Tracked extends Component {
  _bwUpdater?: Updater;
  /** A change the updater saw is waiting for its render (shouldComponentUpdate must let it by). */
  _bwPending?: boolean;
  /** The component keeps hook state, which its own updates compare. */
  _bwStateful?: boolean;
}
type Hooks = {
  __b?: (vnode: Internal) => void;
  __r?: (vnode: Internal) => void;
  __e?: (error: unknown, vnode: Internal, old: Internal) => void;
  __h?: (component: Tracked, index: number, type: number) => void;
  diffed?: (vnode: Internal) => void;
  unmount?: (vnode: Internal) => void;
};

class Updater extends Effect {
  constructor(private component: Tracked) {
    super();
  }
  protected override react() {
    this.component._bwPending = true;
    this.component.setState({});
  }
}

const hooks = options as typeof options & Hooks;
let finish: (() => void) | undefined;

function stop() {
  const f = finish;
  finish = undefined;
  f?.();
}

/** Chains `fn` before whatever was in the hook (another copy of Preact's add-ons may be there). */
function hook<K extends keyof Hooks>(name: K, fn: NonNullable<Hooks[K]>) {
  const old = hooks[name] as ((...args: unknown[]) => void) | undefined;
  hooks[name] = ((...args: unknown[]) => {
    (fn as (...args: unknown[]) => void)(...args);
    old?.(...args);
  }) as Hooks[K];
}

let installed = false;

/**
 * Makes Preact components re-render when a signal they read changes. Called once by the UI's
 * context module (every component reading the model imports it), not on import, so a bundler
 * that trusts the package's `sideEffects: false` cannot drop it.
 */
export function trackComponents() {
  if (installed) return;
  installed = true;
  hook('__r', (vnode) => {
    stop();
    const c = vnode.__c;
    if (!c || vnode.type === Fragment) return;
    c._bwPending = false;
    finish = (c._bwUpdater ??= new Updater(c)).track();
  });
  hook('__b', stop);
  hook('diffed', stop);
  // A render that throws: its tracking ends before Preact calls the error boundary.
  hook('__e', stop);
  hook('__h', (c, _index, type) => {
    // useState and useReducer.
    if (type < 3) c._bwStateful = true;
  });
  hook('unmount', (vnode) => {
    const c = vnode.__c;
    c?._bwUpdater?.dispose();
    if (c) c._bwUpdater = undefined;
  });

  /**
   * A component driven only by signals skips a parent's re-render that passes it the same props,
   * as with @preact/signals (a changed signal re-renders it by itself).
   */
  Component.prototype.shouldComponentUpdate = function (this: Tracked, props: Record<string, unknown>, state: object) {
    for (const _ in state) return true;
    if (!this._bwUpdater?._deps.size || this._bwPending || this._bwStateful) return true;
    const before = this.props as Record<string, unknown>;
    for (const key in props) if (props[key] !== before[key]) return true;
    for (const key in before) if (!(key in props)) return true;
    return false;
  };
}
