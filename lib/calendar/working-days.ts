import { addDays, isoDate, utcDay } from "./dates";
import { knownCountry, publicHolidays } from "./holidays";

export { addDays, isoDate, nextMonday, utcDay } from "./dates";

/** A plan's working calendar: weekends off, and the public holidays of its country when it is known. */
export class WorkingCalendar {
  readonly country: string | undefined;

  constructor(country?: string) {
    this.country = knownCountry(country);
  }

  isWorkingDay(date: Date): boolean {
    const weekday = date.getUTCDay();
    if (weekday === 0 || weekday === 6) return false;
    return !this.country || !publicHolidays(this.country, date.getUTCFullYear()).has(isoDate(date));
  }

  /** The date itself when it is a working day, else the next one (a task due on 25 December moves to the 27th or later). */
  onOrAfter(date: Date): Date {
    let day = utcDay(date);
    for (let guard = 0; guard < 31 && !this.isWorkingDay(day); guard++) day = addDays(day, 1);
    return day;
  }
}
