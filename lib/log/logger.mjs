// The one logger (docs/decisions/0027): JSON lines on stdout through pino, used by the server
// (scripts/server.mjs: one line per request) and the app's error paths (lib/server-start.ts,
// the scheduled jobs, instrumentation.ts). Plain JavaScript because scripts/server.mjs imports
// it. Personal data never reaches a line: values under the keys below are replaced, and a
// request's URL is logged as its path only (loggedPath), never with its query string.
import { isIP } from "node:net";
import pino from "pino";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

/** Keys whose values are never written, at any of the first three levels of a logged object. */
export const REDACTED_KEYS = [
  "password",
  "newPassword",
  "currentPassword",
  "passwordHash",
  "idCard",
  "idNumber",
  "idCardNumber",
  "idCardEncrypted",
  "code",
  "trackingCode",
  "queryCode",
  "email",
  "to",
  "phone",
  "ip",
  "clientIp",
  "address",
  "remoteAddress",
  "authorization",
  "cookie",
  "token",
  "secret",
];

export const REDACT_PATHS = REDACTED_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]);
const CENSOR = "[redacted]";

// What may still slip into a path (e.g. a mistyped URL): e-mail addresses, 身份证号码 and IP
// addresses are masked in the logged path as a second line of defence.
const EMAIL = /[^/@\s]+@[^/@\s]+/g;
const ID_NUMBER = /\d{17}[\dXx]|\d{15}/g;
const ADDRESS_LIKE = /[0-9A-Fa-f.:]*[.:][0-9A-Fa-f.:]*/g;
const MAX_PATH = 200;

/** The path of a request URL for a log line: no query string or fragment, masked, at most 200 characters. */
export function loggedPath(url = "/") {
  let path = String(url).split(/[?#]/, 1)[0] || "/";
  if (path.length > MAX_PATH) path = `${path.slice(0, MAX_PATH)}…`;
  return path
    .replace(EMAIL, CENSOR)
    .replace(ID_NUMBER, CENSOR)
    .replace(ADDRESS_LIKE, (found) => (isIP(found.replace(/^\.+|\.+$/g, "")) ? CENSOR : found));
}

// Under Vitest, an error logged by the code under test is reported through console.error, so
// that an unexpected one fails the test (test/setup.ts); lower levels are dropped.
const vitestDestination = {
  write(line) {
    if (JSON.parse(line).level >= 50) console.error(line.trimEnd());
  },
};

function errorWithCode(error) {
  const serialized = pino.stdSerializers.err(error);
  if (serialized && typeof serialized === "object" && "code" in serialized) {
    const { code, ...rest } = serialized;
    return { ...rest, errorCode: code };
  }
  return serialized;
}

/** A logger writing JSON lines to `destination` (default stdout) at `level` (default LOG_LEVEL or info). */
export function createLogger({ level = process.env.LOG_LEVEL || "info", destination } = {}) {
  const options = {
    level: LOG_LEVELS.includes(level) ? level : "info",
    base: { pid: process.pid },
    redact: { paths: REDACT_PATHS, censor: CENSOR },
    // An error's `code` (ENOENT, P2002, SQLITE_BUSY) is what one debugs with: logged as
    // errorCode, out of reach of the redaction of `code` keys (查询码).
    serializers: { err: errorWithCode },
  };
  if (destination) return pino(options, destination);
  if (process.env.VITEST) return pino(options, vitestDestination);
  return pino(options);
}

const globalForLog = globalThis;
/** The process-wide logger (one for the server and the app it runs). */
export const logger = (globalForLog.__portalLogger ??= createLogger());
