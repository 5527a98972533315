/**
 * `sanbao/calendar`: the rest-day calendars periods are counted on. The one the library keeps (the
 * State Council's notices, in `law/`), a calendar read from a file (`calendarFrom`, every problem at
 * once), and the digest that names a calendar in a decision's stamp.
 */
export { calendarFileSchema, calendarFrom, type CalendarOptions, type CalendarResult } from '../claim/calendar-from';
export { defaultCalendar } from '../facade/decide';
export { restDayCalendar, type RestDayYear } from '../law/rest-day-calendar';
export { isCalendarData, type RestDayCalendar, restDayCalendarOf } from '../time/rest-day-calendar';
export { calendarDigest, type CalendarStamp, calendarStamp } from '../stamp/stamp';
