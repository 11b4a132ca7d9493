import { createContext } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import type { BookingModel } from '../model/BookingModel';
import { trackComponents } from '../signals';

// Components re-render when a signal they read changes.
trackComponents();

/** The mounted widget's model; each mount provides its own. */
export const ModelContext = createContext<BookingModel | null>(null);

/** The model of the widget this component belongs to. */
export function useModel(): BookingModel {
  const model = useContext(ModelContext);
  if (!model) throw new Error('Booking widget components must be rendered inside <ModelContext.Provider>');
  return model;
}

/**
 * A ref for a step's heading that takes focus when the step appears after a visitor's action
 * (never on first load: the host page keeps its focus). `instead` may name a control of the step
 * to focus rather than the heading (the time the visitor comes back to).
 */
export function useStepFocus<T extends HTMLElement>(instead?: (heading: T) => HTMLElement | null | undefined) {
  const model = useModel();
  const ref = useRef<T>(null);
  const request = model.focusRequest.value;
  useEffect(() => {
    if (request > 0 && ref.current) (instead?.(ref.current) ?? ref.current).focus();
  }, [request]);
  return ref;
}

/** False until `ms` have passed since the component mounted, then true. */
export function useAfter(ms: number): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => {
    const timer = setTimeout(setDone, ms, true);
    return () => clearTimeout(timer);
  }, []);
  return done;
}
