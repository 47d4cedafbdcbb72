import type { WorkingCalendar } from '../../core/office-calendar.js';
import { createWorkingCalendar } from '../../core/office-calendar.js';
import { loadOfficeCalendars } from '../../datasets/office-calendars.js';

let shipped: Promise<WorkingCalendar> | undefined;

/** The working calendar of the shipped office calendars (data/calendars/), read once. */
export function shippedWorkingCalendar(): Promise<WorkingCalendar> {
  shipped ??= loadOfficeCalendars().then(createWorkingCalendar);
  return shipped;
}
