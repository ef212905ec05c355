// The one INSERT of page-view rows, for both databases (docs/decisions/0010). The whole
// batch is one JSON parameter (an array of arrays in COLUMNS order) that the database
// unpacks itself: Prisma's createMany took ~160 ms per 500 rows here, a multi-row INSERT
// with 14 parameters per row 30-90 ms, this ~15 ms. Plain JavaScript: the writer's worker
// thread (lib/stats/writer-worker.mjs) runs it outside Next's bundle.

export const COLUMNS = ["at", "views", "dwellMs", "path", "referrer", "entry", "browser", "browserVersion", "os", "osVersion", "device", "ipVersion", "elder", "bot", "visitorKey"];
const COLUMN_LIST = COLUMNS.map((column) => `"${column}"`).join(", ");

// SQLite keeps DateTime as text in the format Prisma writes.
export const SQLITE_INSERT = `INSERT INTO "PageView" (${COLUMN_LIST}) SELECT ${COLUMNS.map((_, i) => `value ->> ${i}`).join(", ")} FROM json_each(?)`;

const POSTGRES_TYPES = {
  at: "timestamptz",
  views: "integer",
  dwellMs: "integer",
  path: "text",
  referrer: "text",
  entry: "boolean",
  browser: "text",
  browserVersion: "text",
  os: "text",
  osVersion: "text",
  device: "text",
  ipVersion: "integer",
  elder: "boolean",
  bot: "boolean",
  visitorKey: "text",
};
export const POSTGRES_INSERT = `INSERT INTO "PageView" (${COLUMN_LIST}) SELECT ${COLUMNS.map((column, i) =>
  column === "at" ? `(e ->> ${i})::timestamptz AT TIME ZONE 'UTC'` : `(e ->> ${i})::${POSTGRES_TYPES[column]}`,
).join(", ")} FROM json_array_elements($1::json) AS e`;
