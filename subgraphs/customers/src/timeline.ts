import { parseEventId } from '../../../lib/db/customer-activity';
import { type PageArgs, parsePageArgs, timeCursor, toConnection } from '../../../lib/graphql/connection';
import type { ActivityEvent, ActivityKind, Department } from './__generated__/resolvers-types';
import type { DepartmentInputs } from './models';

/** A timeline cursor carries an event id exactly as the departments write them. */
const isEventId = (id: string) => parseEventId(id)?.eventId === id;

export interface TimelineArgs extends PageArgs {
  kinds?: readonly ActivityKind[] | null;
  departments?: readonly Department[] | null;
}

interface TimedEvent {
  event: ActivityEvent;
  at: string;
}

const newestFirst = (a: TimedEvent, b: TimedEvent) =>
  a.at === b.at ? (a.event.id < b.event.id ? 1 : -1) : a.at < b.at ? 1 : -1;

/**
 * One newest-first page over every department's latest events. The departments send their events with
 * the customer (`@requires`), so the whole timeline is merged here, in memory, from at most 150 events.
 */
export function timelineConnection(inputs: DepartmentInputs, args: TimelineArgs) {
  const request = parsePageArgs(args, ['timeline'], isEventId);
  const sources: Array<[Department, ActivityEvent[] | null | undefined]> = [
    ['MARKETING', inputs.marketingActivity],
    ['SALES', inputs.salesActivity],
    ['SUPPORT', inputs.supportActivity],
  ];
  const wanted = (department: Department) => !args.departments || args.departments.includes(department);
  const events = sources
    .filter(([department]) => wanted(department))
    .flatMap(([, list]) => list ?? [])
    .filter((event) => !args.kinds || args.kinds.includes(event.kind))
    .map((event) => ({ event, at: new Date(event.occurredAt).toISOString() }))
    .sort(newestFirst);
  const after = request.after;
  const rest = after
    ? events.filter(({ at, event }) => at < after.sort || (at === after.sort && event.id < after.id))
    : events;
  const rows = rest.slice(0, request.limit).map(({ event }) => event);
  const page = {
    rows,
    totalCount: events.length,
    hasNextPage: rest.length > request.limit,
    hasPreviousPage: after !== null,
  };
  return {
    ...toConnection(page, (event) => timeCursor(new Date(event.occurredAt), event.id)),
    unavailableDepartments: sources
      .filter(([department, list]) => wanted(department) && list == null)
      .map(([department]) => department),
  };
}
