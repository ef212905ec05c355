// China's public holidays and make-up working days (调休), per year: the exceptions to the
// Monday-Friday week that lib/mailbox/calendar.ts counts reply deadlines with. Not demo
// data: prisma/seed.ts loads a year into every database (production too) unless that year
// already has entries, which staff maintain at /admin/calendar.
//
// 2026: the State Council General Office's notice on the 2026 holidays (published November 2025).
// 2027: the arrangement is published around November of the year before; until then only
// the statutory holidays themselves (全国年节及纪念日放假办法, 2025 revision) are listed,
// without 调休 - staff complete them from the notice (see docs/decisions/0008).

export interface CalendarEntry {
  date: string;
  isWorkday: boolean;
  name: string;
}

function off(name: string, ...dates: string[]): CalendarEntry[] {
  return dates.map((date) => ({ date, isWorkday: false, name }));
}

function work(name: string, ...dates: string[]): CalendarEntry[] {
  return dates.map((date) => ({ date, isWorkday: true, name }));
}

function range(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let time = Date.parse(`${from}T00:00:00Z`); time <= Date.parse(`${to}T00:00:00Z`); time += 86_400_000) {
    dates.push(new Date(time).toISOString().slice(0, 10));
  }
  return dates;
}

export const WORK_CALENDAR: Record<number, CalendarEntry[]> = {
  2026: [
    ...off("元旦", ...range("2026-01-01", "2026-01-03")),
    ...work("元旦调休上班", "2026-01-04"),
    ...work("春节调休上班", "2026-02-14"),
    ...off("春节", ...range("2026-02-15", "2026-02-23")),
    ...work("春节调休上班", "2026-02-28"),
    ...off("清明节", ...range("2026-04-04", "2026-04-06")),
    ...off("劳动节", ...range("2026-05-01", "2026-05-05")),
    ...work("劳动节调休上班", "2026-05-09"),
    ...off("端午节", ...range("2026-06-19", "2026-06-21")),
    ...work("国庆节调休上班", "2026-09-20"),
    ...off("中秋节", ...range("2026-09-25", "2026-09-27")),
    ...off("国庆节", ...range("2026-10-01", "2026-10-07")),
    ...work("国庆节调休上班", "2026-10-10"),
  ],
  // Statutory days only (春节: 除夕 2027-02-05 to 初三; 端午 06-09; 中秋 09-15); 调休 pending the notice.
  2027: [
    ...off("元旦", "2027-01-01"),
    ...off("春节", ...range("2027-02-05", "2027-02-08")),
    ...off("清明节", "2027-04-05"),
    ...off("劳动节", "2027-05-01", "2027-05-02"),
    ...off("端午节", "2027-06-09"),
    ...off("中秋节", "2027-09-15"),
    ...off("国庆节", ...range("2027-10-01", "2027-10-03")),
  ],
};
