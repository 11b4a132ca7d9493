import { createHash } from 'node:crypto';
import { MODULE_ID_PREFIX, type ModuleIdKind } from '../../wire/bookingtime';

/**
 * A Timekit record's id as bookingtime's: the UUID without dashes, its first 30 characters, the
 * kind's prefix in front (our fixed rule, so both APIs name the same record).
 * @example moduleId('organization', 'bbbbbbbb-0000-4000-8000-000000000001') // 'f6bbbbbbbb0000400080000000000000'
 */
export function moduleId(kind: ModuleIdKind, uuid: string): string {
  return MODULE_ID_PREFIX[kind] + uuid.replaceAll('-', '').slice(0, 30);
}

/**
 * The record whose module id is `id`. Two UUIDs sharing their first 30 characters (only
 * hand-made ids do, like the demo's projects) share a module id: the smallest UUID wins.
 */
export function findByModuleId<T>(records: ReadonlyMap<string, T>, kind: ModuleIdKind, id: string): { id: string; record: T } | null {
  let found: { id: string; record: T } | null = null;
  for (const [uuid, record] of records) if (moduleId(kind, uuid) === id && (!found || uuid < found.id)) found = { id: uuid, record };
  return found;
}

/** What a slot id stands for. */
export interface SlotRef {
  projectId: string;
  resourceIds: string[];
  start: number;
  end: number;
}

/**
 * Slot ids (`4f` + 30) the server hands out and reads back. The id is a hash of what it stands
 * for, so the same slot keeps its id in every listing; the table decodes it.
 */
export class SlotIds {
  private readonly refs = new Map<string, SlotRef>();

  /** The id of `ref` (remembered for `decode`). */
  encode(ref: SlotRef): string {
    const digest = createHash('sha256')
      .update(`${ref.projectId}|${ref.resourceIds.join(',')}|${ref.start}|${ref.end}`)
      .digest('base64url');
    const id = MODULE_ID_PREFIX.bookingSlot + digest.replace(/[-_]/g, '').slice(0, 30);
    this.refs.set(id, ref);
    return id;
  }

  /** What a listed slot id stands for; null for an id never handed out. */
  decode(id: string): SlotRef | null {
    return this.refs.get(id) ?? null;
  }
}
