import { Component, render, type ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { signal } from './Signal';
import { trackComponents } from './preact';

trackComponents();

describe('trackComponents', () => {
  it('re-renders a component when a signal it read changes, and forgets it once unmounted', async () => {
    const name = signal('Ada');
    const other = signal(0);
    const renders = vi.fn();
    function Name() {
      renders();
      return <p>{name.value}</p>;
    }
    const root = document.createElement('div');
    act(() => render(<Name />, root));
    expect(root.textContent).toBe('Ada');
    await act(() => void (name.value = 'Grace'));
    expect(root.textContent).toBe('Grace');
    await act(() => void (other.value = 1));
    expect(renders).toHaveBeenCalledTimes(2);
    act(() => render(null, root));
    expect(name._subs.size).toBe(0);
  });

  it('tracks each component into its own updater, so a change re-renders only its reader', async () => {
    const count = signal(0);
    const parentRenders = vi.fn();
    const childRenders = vi.fn();
    function Child() {
      childRenders();
      return <b>{count.value}</b>;
    }
    function Parent() {
      parentRenders();
      return (
        <div>
          <Child />
        </div>
      );
    }
    const root = document.createElement('div');
    act(() => render(<Parent />, root));
    await act(() => void count.value++);
    expect(root.textContent).toBe('1');
    expect(parentRenders).toHaveBeenCalledTimes(1);
    expect(childRenders).toHaveBeenCalledTimes(2);
  });

  it('a signal-driven child skips its parent’s re-render with the same props; hook state still updates', async () => {
    const label = signal('a');
    const parentTick = signal(0);
    const childRenders = vi.fn();
    let bump = () => {};
    function Child({ suffix }: { suffix: string }) {
      childRenders();
      const [n, setN] = useState(0);
      bump = () => setN(n + 1);
      return (
        <i>
          {label.value}
          {suffix}
          {n}
        </i>
      );
    }
    function Pure({ suffix }: { suffix: string }) {
      childRenders();
      return <u>{label.value + suffix}</u>;
    }
    function Parent() {
      const tick = parentTick.value;
      return (
        <div>
          <Pure suffix={tick > 1 ? '!' : ''} />
          <Child suffix="" />
        </div>
      );
    }
    const root = document.createElement('div');
    act(() => render(<Parent />, root));
    expect(childRenders).toHaveBeenCalledTimes(2);
    await act(() => void (parentTick.value = 1));
    // Pure kept its props and skipped; Child keeps hook state, so it re-renders.
    expect(childRenders).toHaveBeenCalledTimes(3);
    await act(() => void (parentTick.value = 2));
    expect(root.querySelector('u')!.textContent).toBe('a!');
    await act(() => bump());
    expect(root.querySelector('i')!.textContent).toBe('a1');
  });

  it('a render that throws stops tracking before the error boundary runs', async () => {
    const outside = signal(0);
    let subscribedWhileCatching = -1;
    class Boundary extends Component<{ children: ComponentChildren }, { failed: boolean }> {
      override componentDidCatch() {
        // Preact calls this while it handles the error: a read here belongs to no component.
        void outside.value;
        subscribedWhileCatching = outside._subs.size;
        this.setState({ failed: true });
      }
      override render() {
        return this.state.failed ? <p>failed</p> : this.props.children;
      }
    }
    function Throws(): never {
      throw new Error('render failed');
    }
    const root = document.createElement('div');
    await act(() =>
      render(
        <Boundary>
          <Throws />
        </Boundary>,
        root,
      ),
    );
    expect(root.textContent).toBe('failed');
    expect(subscribedWhileCatching).toBe(0);
  });
});
