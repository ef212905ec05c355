// Finds personal data in a server log (docs/decisions/0027): e-mail addresses, IP addresses
// (IPv4 and IPv6, loopback included: the e2e clients are local, so a logged client address
// would be one), 身份证号码, 查询码-like codes and any of the `known` values (e.g. the demo
// passwords). Run on the e2e server's log after every e2e run (e2e/global-teardown.ts).
import { isIP } from "node:net";

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
const IPV4 = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])/g;
const IPV6_CANDIDATE = /[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*/g;
const ID_NUMBER = /(?<!\d)\d{17}[\dXx](?![\dA-Za-z])/;
// 查询码: 12 characters of lib/mailbox/codes.ts's alphabet, with a digit and a letter (not, e.g.,
// the last group of a request id, 12 hex digits that may all be 2-9).
const TRACKING_CODE = /(?<![0-9A-Za-z])(?=[A-Z]*[2-9])(?=[2-9]*[A-Z])[2-9A-HJKMNP-Z]{12}(?![0-9A-Za-z])/;

/** The kinds of personal data on one line (empty when none). */
export function personalDataIn(line, known = []) {
  const kinds = [];
  if (EMAIL.test(line)) kinds.push("e-mail address");
  if ([...line.matchAll(IPV4)].some(([found]) => isIP(found) === 4)) kinds.push("IPv4 address");
  if ([...line.matchAll(IPV6_CANDIDATE)].some(([found]) => isIP(found.replace(/^\.+|\.+$/g, "")) === 6)) kinds.push("IPv6 address");
  if (ID_NUMBER.test(line)) kinds.push("ID number");
  if (TRACKING_CODE.test(line)) kinds.push("查询码");
  if (known.some((value) => value && line.includes(value))) kinds.push("known secret");
  return kinds;
}

/** Every line of `text` with personal data: { line (1-based), kinds }. */
export function findPersonalData(text, known = []) {
  return text
    .split(/\r?\n/)
    .map((line, index) => ({ line: index + 1, kinds: personalDataIn(line, known) }))
    .filter((finding) => finding.kinds.length > 0);
}
