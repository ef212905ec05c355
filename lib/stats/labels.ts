import type { Breakdown, BreakdownRow } from "./report";

// How /admin/stats names the stored values.

const VALUE_LABELS: Partial<Record<Breakdown, Record<string, string>>> = {
  device: { desktop: "电脑", mobile: "手机", tablet: "平板", other: "其他设备" },
  ip: { "4": "IPv4", "6": "IPv6" },
  mode: { std: "标准版", elder: "长者版" },
};

export function valueLabel(breakdown: Breakdown, value: string): string {
  return VALUE_LABELS[breakdown]?.[value] ?? value;
}

/** Visible time per visitor who reported one, e.g. "1分05秒"; "—" when none did. */
export function averageDwell(row: Pick<BreakdownRow, "dwellSeconds" | "dwellVisitors">): string {
  if (row.dwellVisitors === 0) return "—";
  const seconds = Math.round(row.dwellSeconds / row.dwellVisitors);
  return seconds >= 60 ? `${Math.floor(seconds / 60)}分${String(seconds % 60).padStart(2, "0")}秒` : `${seconds}秒`;
}

export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}
