import type { AvailabilityRequest } from '../../wire/index';
import type { ResolvedConfig } from '../config/types';

/** The availability request Booking.js v3 sends for a config (`output_timezone`, project, resources, constraints, `availability.*`). */
export function availabilityRequest(config: ResolvedConfig, timeZone: string): AvailabilityRequest {
  const req: AvailabilityRequest = { output_timezone: timeZone };
  if (config.project_id) req.project_id = config.project_id;
  if (config.resources) req.resources = config.resources;
  if (config.availability_constraints) req.constraints = config.availability_constraints;
  return { ...req, ...config.availability };
}
