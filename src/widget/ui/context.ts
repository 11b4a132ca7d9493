import { createContext } from 'preact';
import { useContext, useEffect, useRef } from 'preact/hooks';
import type { BookingModel } from '../model/BookingModel';

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
 * (never on first load: the host page keeps its focus).
 */
export function useStepFocus<T extends HTMLElement>() {
  const model = useModel();
  const ref = useRef<T>(null);
  const request = model.focusRequest.value;
  useEffect(() => {
    if (request > 0) ref.current?.focus();
  }, [request]);
  return ref;
}
