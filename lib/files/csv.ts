// The staff console's CSV downloads (traffic statistics, 依申请公开 report, 民意征集 opinions):
// UTF-8 with a byte-order mark so spreadsheet programs read the Chinese, CRLF line ends.

/** One cell: quoted when needed; a cell starting like a formula is kept as text (CSV injection). */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvDocument(rows: (string | number)[][]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
