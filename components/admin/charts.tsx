// Server-rendered SVG charts for /admin/stats. Each is a figure whose SVG has a short text
// alternative and sits beside a table with the same figures, for screen readers and for
// anyone who wants the numbers.

const BAR = "#991b1b"; // red-800, the console's accent
const BAR_LIGHT = "#fca5a5";
// Room for the axis, its dates and the legend below the bars (viewBox height, user units).
const HEIGHT = 235;
const LABEL_WIDTH = 140;

/** The label shortened (with …) to about `width` units at font size 11: CJK and other wide characters count 11, the rest 6.5. */
export function fitLabel(label: string, width: number): string {
  const unit = (char: string) => (/[\u1100-\uffff]/u.test(char) || char.codePointAt(0)! > 0xffff ? 11 : 6.5);
  const chars = [...label];
  if (chars.reduce((sum, char) => sum + unit(char), 0) <= width) return label;
  let used = unit("…");
  let end = 0;
  while (end < chars.length && used + unit(chars[end]!) <= width) used += unit(chars[end++]!);
  return `${chars.slice(0, end).join("")}…`;
}

function Frame({ id, title, summary, chart, table }: { id: string; title: string; summary: string; chart: React.ReactNode; table: React.ReactNode }) {
  return (
    <figure aria-labelledby={`${id}-caption`} className="mb-8">
      <figcaption id={`${id}-caption`} className="mb-2 text-lg font-bold">
        {title}
      </figcaption>
      <div className="grid gap-4 lg:grid-cols-2">
        <svg role="img" aria-labelledby={`${id}-title`} viewBox={`0 0 400 ${HEIGHT}`} className="w-full max-w-xl border border-line bg-white">
          <title id={`${id}-title`}>{summary}</title>
          {chart}
        </svg>
        {/* Scrolls when long: focusable so that keyboard users can scroll it too. */}
        <div className="max-h-80 overflow-auto" tabIndex={0} role="region" aria-label={`${title}：数据表`}>
          {table}
        </div>
      </div>
    </figure>
  );
}

export function DailyChart({ id, days }: { id: string; days: { day: string; views: number; visitors: number }[] }) {
  const max = Math.max(1, ...days.map((day) => day.views));
  const width = 380 / Math.max(1, days.length);
  const peak = days.reduce((best, day) => (day.views > best.views ? day : best), days[0] ?? { day: "", views: 0, visitors: 0 });
  const summary = `每日浏览量和访客数柱状图，共 ${days.length} 天，浏览量最高为 ${peak.day} 的 ${peak.views} 次；具体数字见旁边的表格。`;
  const chart = (
    <g transform="translate(10,10)">
      <line x1="0" y1="180" x2="380" y2="180" stroke="#333" />
      {days.map((day, index) => {
        const views = (day.views / max) * 170;
        const visitors = (day.visitors / max) * 170;
        return (
          <g key={day.day}>
            <rect x={index * width + width * 0.1} y={180 - views} width={width * 0.8} height={views} fill={BAR_LIGHT} />
            <rect x={index * width + width * 0.3} y={180 - visitors} width={width * 0.4} height={visitors} fill={BAR} />
          </g>
        );
      })}
      <text x="0" y="198" fontSize="11">{days[0]?.day}</text>
      <text x="380" y="198" fontSize="11" textAnchor="end">{days.at(-1)?.day}</text>
      <rect x="0" y="203" width="10" height="8" fill={BAR_LIGHT} />
      <text x="14" y="211" fontSize="11">浏览量</text>
      <rect x="70" y="203" width="10" height="8" fill={BAR} />
      <text x="84" y="211" fontSize="11">访客数</text>
      <text x="380" y="8" fontSize="11" textAnchor="end">最高 {max}</text>
    </g>
  );
  const table = (
    <table className="w-full border-collapse text-left">
      <caption className="sr-only">每日浏览量和访客数</caption>
      <thead>
        <tr className="border-b-2 border-ink">
          <th scope="col" className="p-1">日期</th>
          <th scope="col" className="p-1 text-right">浏览量</th>
          <th scope="col" className="p-1 text-right">访客数</th>
        </tr>
      </thead>
      <tbody>
        {days.map((day) => (
          <tr key={day.day} className="border-b border-line">
            <th scope="row" className="p-1 font-normal">{day.day}</th>
            <td className="p-1 text-right">{day.views}</td>
            <td className="p-1 text-right">{day.visitors}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return <Frame id={id} title="每日浏览量和访客数" summary={summary} chart={chart} table={table} />;
}

export interface BarRow {
  label: string;
  value: number;
  /** Further columns of the table, e.g. visitors and dwell time */
  cells?: (string | number)[];
}

/** Horizontal bars for the first `limit` rows; the table lists them too. */
export function BarChart({ id, title, valueLabel, columns = [], rows, limit = 10 }: { id: string; title: string; valueLabel: string; columns?: string[]; rows: BarRow[]; limit?: number }) {
  const shown = rows.slice(0, limit);
  const total = rows.reduce((sum, row) => sum + row.value, 0);
  const max = Math.max(1, ...shown.map((row) => row.value));
  const height = 200 / Math.max(5, shown.length);
  const percent = (value: number) => (total > 0 ? `${((value / total) * 100).toFixed(1)}%` : "0%");
  const summary = shown.length
    ? `${title}条形图：${shown.slice(0, 3).map((row) => `${row.label} ${row.value}（${percent(row.value)}）`).join("，")}${shown.length > 3 ? " 等" : ""}；完整数字见旁边的表格。`
    : `${title}：所选日期内没有数据。`;
  const chart = (
    <g transform="translate(10,10)">
      {shown.map((row, index) => (
        <g key={row.label}>
          <rect x="150" y={index * height + 2} width={(row.value / max) * 190} height={height * 0.7} fill={BAR} />
          <text x="145" y={index * height + height * 0.55} fontSize="11" textAnchor="end">
            {fitLabel(row.label, LABEL_WIDTH)}
          </text>
          <text x={155 + (row.value / max) * 190} y={index * height + height * 0.55} fontSize="11">
            {row.value}
          </text>
        </g>
      ))}
      {shown.length === 0 ? <text x="190" y="100" fontSize="13" textAnchor="middle">没有数据</text> : null}
    </g>
  );
  const table = (
    <table className="w-full border-collapse text-left">
      <caption className="sr-only">{title}</caption>
      <thead>
        <tr className="border-b-2 border-ink">
          <th scope="col" className="p-1">{title.replace(/^按/, "")}</th>
          <th scope="col" className="p-1 text-right">{valueLabel}</th>
          <th scope="col" className="p-1 text-right">占比</th>
          {columns.map((column) => (
            <th key={column} scope="col" className="p-1 text-right">{column}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={3 + columns.length} className="p-1">没有数据</td>
          </tr>
        ) : null}
        {rows.map((row) => (
          <tr key={row.label} className="border-b border-line">
            <th scope="row" className="p-1 font-normal break-all">{row.label}</th>
            <td className="p-1 text-right">{row.value}</td>
            <td className="p-1 text-right">{percent(row.value)}</td>
            {(row.cells ?? []).map((cell, index) => (
              <td key={columns[index] ?? index} className="p-1 text-right">{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return <Frame id={id} title={title} summary={summary} chart={chart} table={table} />;
}
