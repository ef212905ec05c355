// `npm run bench:mailbox -- [URL]`: load test of 州长信箱 submissions against a running server
// (default http://localhost:3000; it starts none), through the real HTTP path a browser without
// JavaScript takes: the HTML forms of /register, /login and /mailbox/write, posted as
// multipart server-action requests.
//
//   1. prepares CLIENTS resident accounts (bench-mailbox-<n>@bench.example; registered through
//      /register on the first run, each from its own X-Forwarded-For network, and confirmed
//      with the link the demo admin reads at /admin/outbox; reused afterwards) and logs each in;
//   2. CLIENTS concurrent clients each load /mailbox/write and submit a letter, again and again,
//      for DURATION seconds;
//   3. counts the confirmations (a 303 to the confirmation page with the 信件编号) and then looks
//      every confirmed number up on its writer's /account page, which reads the database:
//      lost = confirmed letters not found there (must be 0).
//
// The server's daily limit (5 letters per resident) would stop the clients after a few letters,
// and its registration limit (20 an hour per address) the preparation: start the server for
// the benchmark with MAILBOX_DAILY_LIMIT=100000 (never in production) and
// TRUSTED_PROXIES=127.0.0.1,::1 (the bench registers each resident from another network).
// ADMIN_EMAIL / ADMIN_PASSWORD: the admin reading the outbox (default: the demo admin).
//
//   CLIENTS (50), DURATION (10) seconds. Exit code 1 when a letter is lost or a submission fails.

const base = (process.argv[2] ?? process.env.BASE_URL ?? "http://localhost:3000").replace(/\/$/, "");
const CLIENTS = Number(process.env.CLIENTS ?? 50);
const DURATION_MS = Number(process.env.DURATION ?? 10) * 1000;
const PASSWORD = "bench mailbox passphrase 2026";
const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f1d8a70000000049454e44ae426082", "hex");

const decode = (text) => text.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** The hidden inputs (Next's action fields, our one-time token) of the form holding `field`. */
function formFields(html, field) {
  const forms = html.split("<form").slice(1).map((chunk) => chunk.slice(0, chunk.indexOf("</form>")));
  const form = forms.find((chunk) => chunk.includes(`name="${field}"`));
  if (!form) throw new Error(`no form with the field ${field}`);
  const fields = [];
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    if (!/type="hidden"/.test(tag)) continue;
    const name = tag.match(/name="([^"]*)"/)?.[1];
    if (name) fields.push([decode(name), decode(tag.match(/value="([^"]*)"/)?.[1] ?? "")]);
  }
  return fields;
}

async function request(path, { cookie, body, forwardedFor } = {}) {
  const headers = { origin: base };
  if (cookie) headers.cookie = cookie;
  if (forwardedFor) headers["x-forwarded-for"] = forwardedFor;
  try {
    return await fetch(base + path, { method: body ? "POST" : "GET", headers, body, redirect: "manual" });
  } catch (error) {
    throw new Error(`${base}${path}: ${error.cause?.message ?? error.message} - is the server running?`);
  }
}

/** Loads a page, fills its form (hidden fields kept) and posts it back. */
async function submitForm(path, field, values, { cookie, files = [], forwardedFor } = {}) {
  const page = await request(path, { cookie, forwardedFor });
  if (page.status !== 200) throw new Error(`GET ${path} answered ${page.status}`);
  const body = new FormData();
  for (const [name, value] of formFields(await page.text(), field)) body.append(name, value);
  for (const [name, value] of Object.entries(values)) body.set(name, value);
  for (const file of files) body.append("attachments", file);
  const started = performance.now();
  const response = await request(path, { cookie, body, forwardedFor });
  const ms = performance.now() - started;
  const text = await response.text();
  return { response, ms, text };
}

const residentEmail = (n) => `bench-mailbox-${n}@bench.example`;

/** Registers the resident (on a re-run the address exists: the server only mails its owner). */
async function registerResident(n) {
  const values = { name: `压测居民${n}`, email: residentEmail(n), phone: `1390000${String(n).padStart(4, "0")}`, password: PASSWORD, confirmPassword: PASSWORD, acceptPrivacy: "on" };
  await submitForm("/register", "email", values, { forwardedFor: `10.${Math.floor(n / 250)}.${n % 250}.1` });
}

/** Follows the newest confirmation link of each resident, as the admin reads them at /admin/outbox. */
async function confirmResidents(count) {
  const admin = { email: process.env.ADMIN_EMAIL ?? "admin@demo.gov.cn", password: process.env.ADMIN_PASSWORD ?? "Admin#2026demo" };
  const { response } = await submitForm("/login", "email", { ...admin, next: "/admin" });
  const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith("portal.session="));
  if (!session) throw new Error(`the admin ${admin.email} could not sign in to read /admin/outbox`);
  const pending = new Set(Array.from({ length: count }, (_, i) => residentEmail(i + 1)));
  for (let page = 1; pending.size > 0 && page <= 20; page++) {
    const html = await (await request(`/admin/outbox?page=${page}`, { cookie: session.split(";")[0] })).text();
    for (const mail of html.split("<li").slice(1)) {
      const to = mail.match(/收件人：(?:<!-- -->)?([^<]+)/)?.[1];
      const link = mail.match(/\/register\/confirm\?token=[\w-]+/)?.[0];
      if (!to || !link || !pending.has(to)) continue;
      pending.delete(to);
      await request(link);
    }
  }
}

async function prepareResident(n) {
  const email = residentEmail(n);
  const { response, text } = await submitForm("/login", "email", { email, password: PASSWORD, next: "/account" });
  const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith("portal.session="));
  if (response.status !== 303 || !session) throw new Error(`login of ${email} failed (${response.status}): ${text.slice(0, 200)}`);
  return { email, cookie: session.split(";")[0], numbers: [] };
}

async function client(resident, until, stats) {
  let i = 0;
  while (performance.now() < until) {
    i += 1;
    try {
      const { response, ms, text } = await submitForm(
        "/mailbox/write",
        "submissionKey",
        {
          type: "suggest",
          title: `压测信件 ${resident.email} 第 ${i} 封`,
          content: "这是一封压力测试信件，用于测量州长信箱在并发提交时的吞吐量和延迟。",
          contactName: "压测居民",
          contactPhone: "13900000000",
          contactEmail: resident.email,
        },
        { cookie: resident.cookie, files: i % 5 === 0 ? [new File([PNG], "bench.png", { type: "image/png" })] : [] },
      );
      const location = response.headers.get("location") ?? "";
      const number = decodeURIComponent(location.match(/number=([^&]+)/)?.[1] ?? "");
      if (response.status === 303 && number) {
        resident.numbers.push(number);
        stats.latencies.push(ms);
      } else {
        stats.failures.push(`${response.status} ${location || text.match(/每位居民每天[^<]*/)?.[0] || text.slice(0, 120)}`);
      }
    } catch (error) {
      stats.failures.push(error.message);
    }
  }
}

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
};

let residents;
try {
  console.error(`preparing ${CLIENTS} residents on ${base} ...`);
  residents = [];
  // A few at a time: registration and login hash passwords (argon2id), deliberately slow.
  const batches = (work) => async () => {
    const done = [];
    for (let n = 0; n < CLIENTS; n += 5) done.push(...(await Promise.all(Array.from({ length: Math.min(5, CLIENTS - n) }, (_, k) => work(n + k + 1)))));
    return done;
  };
  await batches(registerResident)();
  await confirmResidents(CLIENTS);
  residents.push(...(await batches(prepareResident)()));
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

console.error(`submitting from ${CLIENTS} concurrent clients for ${DURATION_MS / 1000} s ...`);
const stats = { latencies: [], failures: [] };
const started = performance.now();
await Promise.all(residents.map((resident) => client(resident, started + DURATION_MS, stats)));
const elapsed = (performance.now() - started) / 1000;

console.error("checking every confirmed letter on its writer's /account page ...");
let found = 0;
for (const resident of residents) {
  const html = await (await request("/account", { cookie: resident.cookie })).text();
  found += resident.numbers.filter((number) => html.includes(number)).length;
}
const confirmed = residents.reduce((sum, resident) => sum + resident.numbers.length, 0);
const lost = confirmed - found;

console.log(`州长信箱 submissions against ${base}: ${CLIENTS} clients, ${elapsed.toFixed(1)} s`);
console.log(`  letters confirmed   ${confirmed}`);
console.log(`  letters/s           ${(confirmed / elapsed).toFixed(1)}`);
console.log(`  latency p50 / p95   ${percentile(stats.latencies, 50).toFixed(0)} ms / ${percentile(stats.latencies, 95).toFixed(0)} ms (the submit POST)`);
console.log(`  failed submissions  ${stats.failures.length}${stats.failures.length ? ` (first: ${stats.failures[0]})` : ""}`);
console.log(`  lost                ${lost} (confirmed but not in the database)`);
process.exit(lost > 0 || stats.failures.length > 0 ? 1 : 0);
