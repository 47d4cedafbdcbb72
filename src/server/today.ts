/** Today's date where the plans are kept (UTC+8): at 07:00 in Taipei, UTC is still yesterday. */
export function todayInTaiwan(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Taipei' }).format(now);
}
