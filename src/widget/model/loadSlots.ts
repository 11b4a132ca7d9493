import { isGroupGraph, type AvailabilityRequest, type Slot } from '../../wire/index';
import type { ApiResponse, BookingBackend } from '../api/types';
import type { ResolvedConfig } from '../config/types';
import { sessionsToSlots, type WidgetSlot } from '../time/slots';
import type { Emit } from './events';

/** The availability request Booking.js v3 sends for a config (`output_timezone`, project, resources, constraints, `availability.*`). */
export function availabilityRequest(config: ResolvedConfig, timeZone: string): AvailabilityRequest {
  const req: AvailabilityRequest = { output_timezone: timeZone };
  if (config.project_id) req.project_id = config.project_id;
  if (config.resources) req.resources = config.resources;
  if (config.availability_constraints) req.constraints = config.availability_constraints;
  return { ...req, ...config.availability };
}

/**
 * Fetches the bookable times: group sessions in group mode, availability otherwise, with the
 * Booking.js callbacks around each (`modifyFetchedAvailability` may replace the answer).
 */
export async function loadSlots(input: {
  backend: BookingBackend;
  config: ResolvedConfig;
  timeZone: string;
  emit: Emit;
  signal: AbortSignal;
  /** The answer to this request when it was sent earlier (`createPicker`'s prefetch); null: send it now. */
  sent?: (req: AvailabilityRequest) => Promise<ApiResponse<Slot[]>> | null;
}): Promise<{ slots: WidgetSlot[]; testMode: boolean }> {
  const { backend, config, timeZone, emit, signal } = input;
  if (isGroupGraph(config.booking.graph)) {
    emit('group-slots-requested');
    try {
      const res = await backend.getGroupSessions({ projectId: config.project_id, timeZone }, signal);
      emit('group-slots-loaded', res);
      return { slots: sessionsToSlots(res.data), testMode: res.testMode };
    } catch (e) {
      if (!signal.aborted) emit('group-slots-failed', e);
      throw e;
    }
  }
  const req = availabilityRequest(config, timeZone);
  emit('availability-requested', req);
  try {
    let res = await (input.sent?.(req) ?? backend.getAvailability(req, signal));
    const modify = config.callbacks.modifyFetchedAvailability;
    if (typeof modify === 'function') {
      const changed = (await modify({ request: { data: req, method: 'post', url: '/availability' }, response: res })) as
        typeof res | undefined;
      if (changed && Array.isArray(changed.data)) res = changed;
    }
    emit('availability-loaded', res);
    return { slots: res.data, testMode: res.testMode };
  } catch (e) {
    if (!signal.aborted) emit('availability-failed', e);
    throw e;
  }
}
