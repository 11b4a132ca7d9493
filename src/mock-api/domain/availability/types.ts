import type { AvailabilityMode, Constraint } from '../../../wire';

/** A resource as the engine sees it: its zone and its own `availability_constraints`. */
export interface EngineResource {
  id: string;
  name: string;
  timezone: string;
  constraints: Constraint[];
}

/** Epoch-ms span of a blocking booking's event; the engine adds the buffer around it. */
export interface BusyInterval {
  start: number;
  end: number;
}

/** Everything one availability computation needs, already parsed into plain numbers. */
export interface AvailabilityQuery {
  /** Request order matters for `roundrobin_prioritized` and anchors `mutual`. */
  resources: EngineResource[];
  /** Busy intervals per resource id, in any order. */
  busy: ReadonlyMap<string, readonly BusyInterval[]>;
  mode: AvailabilityMode;
  /** Epoch-ms window: slots lie fully inside `[from, to]`. */
  from: number;
  to: number;
  lengthMs: number;
  incrementMs: number;
  bufferMs: number;
  roundToNearestHour: boolean;
  /** Request + project constraints; apply to every resource, read in each resource's zone. */
  constraints: Constraint[];
  /** Injected clock: no slot starts before it. */
  now: number;
  /** Injected randomness in `[0, 1)`: `roundrobin_random` picks with it. */
  random: () => number;
}

/** One free slot and the resource(s) it is offered with. */
export interface EngineSlot {
  start: number;
  end: number;
  resourceIds: string[];
}

/** Half-open epoch-ms interval `[start, end)` used inside the engine. */
export interface Span {
  start: number;
  end: number;
}
