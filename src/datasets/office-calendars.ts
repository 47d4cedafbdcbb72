import { readdir } from 'node:fs/promises';
import type { OfficeCalendar } from '../core/office-calendar.js';
import { validateOfficeCalendar } from '../contracts/office-calendar.js';
import { packageRoot } from './datasets.js';
import { readCityFile } from './read-city-file.js';

/** The office calendars shipped in data/calendars/, one file a year (2023.yaml …). */
export const officeCalendarsDir = `${packageRoot}data/calendars/`;

/** Every shipped office calendar, read and validated; a file that fails stops the load. */
export async function loadOfficeCalendars(dir = officeCalendarsDir): Promise<OfficeCalendar[]> {
  const files = (await readdir(dir)).filter((name) => /^\d{4}\.yaml$/.test(name)).sort();
  const calendars: OfficeCalendar[] = [];
  for (const file of files) {
    const calendar = validateOfficeCalendar(
      await readCityFile(`${dir}${file}`),
      `calendars/${file}`,
    );
    if (`${calendar.year}.yaml` !== file) {
      throw new RangeError(`calendars/${file} holds the calendar of ${calendar.year}`);
    }
    calendars.push(calendar);
  }
  return calendars;
}
