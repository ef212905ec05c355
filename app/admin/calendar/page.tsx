import type { Metadata } from "next";
import Link from "next/link";
import { CalendarDayForm, RemoveCalendarDayForm } from "@/components/admin/calendar-forms";
import { StatusNotice } from "@/components/site/StatusNotice";
import { requireStaffPermission } from "@/lib/auth/current";
import { calendarYear, calendarYears, chinaDate, weekdayOf } from "@/lib/mailbox/calendar";

export const metadata: Metadata = { title: "工作日历" };

const WEEKDAYS = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

// The exceptions to the Monday-Friday week, per year: public holidays and 调休 make-up
// working days. Reply deadlines (15 working days) are counted with them.
export default async function AdminCalendarPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireStaffPermission("manage:calendar:any", "/admin/calendar");
  const params = await searchParams;
  const requested = typeof params.year === "string" && /^20\d{2}$/.test(params.year) ? Number(params.year) : null;
  const years = await calendarYears();
  const year = requested ?? Number(chinaDate(new Date()).slice(0, 4));
  const days = await calendarYear(year);
  const editing = typeof params.edit === "string" ? days.find((day) => day.date === params.edit) : undefined;
  const saved = typeof params.saved === "string" ? params.saved : null;
  const removed = typeof params.removed === "string" ? params.removed : null;
  const choices = [...new Set([...years, year, year + 1])].sort((a, b) => b - a);
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">工作日历</h1>
      <p className="mb-4">
        周一至周五为工作日。此处列出例外：法定节假日（放假）和调休上班的周六、周日。信件的答复期限（受理后 15 个工作日）和延期按此计算；修改只影响此后计算的期限。每年国务院办公厅公布次年放假安排后，请据此核对和补充。
      </p>
      {saved ? <StatusNotice>已保存 {saved}。</StatusNotice> : null}
      {removed ? <StatusNotice>已删除 {removed}。</StatusNotice> : null}
      <nav aria-label="年份" className="mb-4 flex flex-wrap gap-4">
        {choices.map((choice) =>
          choice === year ? (
            <span key={choice} aria-current="page" className="font-bold">{choice} 年</span>
          ) : (
            <Link key={choice} href={`/admin/calendar?year=${choice}`}>{choice} 年</Link>
          ),
        )}
      </nav>
      <div className="mb-8 overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="mb-2 text-left text-xl font-bold">{year} 年的节假日和调休</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="p-2">日期</th>
              <th scope="col" className="p-2">星期</th>
              <th scope="col" className="p-2">类别</th>
              <th scope="col" className="p-2">名称</th>
              <th scope="col" className="p-2">操作</th>
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.date} className="border-b border-line" data-date={day.date}>
                <td className="p-2 whitespace-nowrap">{day.date}</td>
                <td className="p-2">{WEEKDAYS[weekdayOf(day.date)]}</td>
                <td className="p-2">{day.isWorkday ? "调休上班" : "放假"}</td>
                <td className="p-2">{day.name}</td>
                <td className="flex gap-3 p-2">
                  <Link href={`/admin/calendar?year=${year}&edit=${day.date}`}>
                    修改<span className="sr-only"> {day.date}</span>
                  </Link>
                  <RemoveCalendarDayForm date={day.date} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {days.length === 0 ? <p>{year} 年还没有录入节假日。</p> : null}
      </div>
      <h2 className="mb-3 text-xl font-bold">{editing ? `修改 ${editing.date}` : "添加日期"}</h2>
      <CalendarDayForm key={editing?.date ?? "new"} day={editing} />
    </>
  );
}
