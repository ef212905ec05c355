import { db } from "@/lib/db/client";
import { liveListenerCount, MAX_LIVE_LISTENERS, subscribeLive } from "./live";
import type { PublicTurn } from "./public";
import { interviewStatus } from "./status";

// The server-sent-events response of /api/interviews/<id>/live: the turns after the reader's
// last one (`after`, or Last-Event-ID when the browser reconnects), each as an `event: turn`
// with the turn's id, then `event: end` when the interview ends. Never cached or compressed
// (no-transform keeps Next's gzip from buffering it); `retry` tells browsers how long to wait
// before reconnecting.

const encoder = new TextEncoder();
const encoded = new WeakMap<PublicTurn, Uint8Array>();
/** A turn is encoded once, whatever the number of readers it goes to. */
function turnEvent(turn: PublicTurn): Uint8Array {
  let bytes = encoded.get(turn);
  if (!bytes) {
    bytes = encoder.encode(`id: ${turn.id}\nevent: turn\ndata: ${JSON.stringify(turn)}\n\n`);
    encoded.set(turn, bytes);
  }
  return bytes;
}

const END = encoder.encode("event: end\ndata: {}\n\n");
const HEARTBEAT = encoder.encode(": heartbeat\n\n");
/** An upcoming interview further off than this is not watched: the browser asks again later. */
const WATCH_BEFORE_START_MS = 15 * 60_000;

const HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-store, no-transform",
  "X-Accel-Buffering": "no",
  "X-Content-Type-Options": "nosniff",
};

const plain = (status: number, message: string, extra: Record<string, string> = {}) =>
  new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...extra } });

/** A turn id from the reader: digits only, and within a database integer (or the query would fail for every listener). */
function parseCursor(value: string | null): number {
  return value && /^\d{1,10}$/.test(value) ? Math.min(Number(value), 2_147_483_647) : 0;
}

export async function liveResponse(request: Request, idText: string, now = new Date()): Promise<Response> {
  if (!/^[1-9]\d{0,8}$/.test(idText)) return plain(404, "未找到该访谈");
  const interviewId = Number(idText);
  const interview = await db.interview.findFirst({ where: { id: interviewId, published: true }, select: { startsAt: true, endsAt: true, liveSwitch: true } });
  if (!interview) return plain(404, "未找到该访谈");
  const status = interviewStatus(interview, now);
  if (status === "archive") return new Response(END, { headers: HEADERS });
  if (status === "upcoming" && interview.startsAt.getTime() - now.getTime() > WATCH_BEFORE_START_MS) {
    return new Response(encoder.encode("retry: 300000\n\n"), { headers: HEADERS });
  }
  if (liveListenerCount() >= MAX_LIVE_LISTENERS) return plain(503, "在线人数过多，请稍后刷新页面", { "Retry-After": "30" });
  const url = new URL(request.url);
  const after = Math.max(parseCursor(request.headers.get("last-event-id")), parseCursor(url.searchParams.get("after")));

  let unsubscribe: (() => void) | null = null;
  let closed = false;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (bytes: Uint8Array) => {
        if (!closed) controller.enqueue(bytes);
      };
      const finish = () => {
        if (closed) return;
        closed = true;
        unsubscribe?.();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      unsubscribe = subscribeLive(interviewId, after, {
        turns: (turns) => turns.forEach((turn) => send(turnEvent(turn))),
        heartbeat: () => send(HEARTBEAT),
        end: () => {
          send(END);
          finish();
        },
      });
      if (!unsubscribe) {
        closed = true;
        controller.close();
        return;
      }
      send(encoder.encode("retry: 5000\n\n"));
      request.signal.addEventListener("abort", finish);
    },
    cancel() {
      closed = true;
      unsubscribe?.();
    },
  });
  return new Response(stream, { headers: HEADERS });
}
