/**
 * Turns a model's factory into a constructor (`new Model(deps)`), the shape of @preact/signals'
 * `createModel`. The widget's models are disposed by their own `dispose` action, so nothing more
 * is captured here.
 * @example const Counter = createModel(() => ({ count: signal(0) })); const c = new Counter();
 */
export function createModel<A extends unknown[], M>(factory: (...args: A) => M): new (...args: A) => M {
  return function (...args: A) {
    return factory(...args);
  } as unknown as new (...args: A) => M;
}
