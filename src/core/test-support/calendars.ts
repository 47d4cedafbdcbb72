import type { OfficeCalendar } from '../office-calendar.js';

/**
 * 113年 (2024) around 春節, as the central government's office calendar published it: five
 * weekdays off and a make-up Saturday. Enough days to tell the calendar's rules apart.
 */
export const lunarNewYear2024: OfficeCalendar = {
  year: 2024,
  verified: true,
  daysOff: [
    { date: '2024-02-08', name: '小年夜 (調整放假)' },
    { date: '2024-02-09', name: '農曆除夕' },
    { date: '2024-02-12', name: '春節' },
    { date: '2024-02-13', name: '補假' },
    { date: '2024-02-14', name: '補假' },
  ],
  workingDays: [{ date: '2024-02-17', name: '補行上班' }],
};

/** 112年 (2023) for November: no weekday holiday, only weekends are off. */
export const november2023: OfficeCalendar = {
  year: 2023,
  verified: true,
  daysOff: [],
  workingDays: [],
};
