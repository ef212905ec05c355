import { db } from "@/lib/db/client";
import { clientNetwork } from "@/lib/http/request";
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
/** A turn is encoded once per poll, whatever the number of readers it goes to. */
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
/**
 * At most this many open streams per client network (an IPv4 /24, an IPv6 /64), so that one
 * client cannot take all MAX_LIVE_LISTENERS; generous for readers behind one office's NAT.
 * The map holds one entry per network with open streams, so never more than the listeners.
 */
export const MAX_LIVE_PER_NETWORK = 50;
const openPerNetwork = new Map<string, number>();
/** A reader whose unread backlog passes this many queued events is dropped: its browser reconnects with Last-Event-ID and misses nothing. */
const MAX_BACKLOG = 256;

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

/** `client`: the reader's address (lib/http/request.ts), null when unknown (no per-network limit then). */
export async function liveResponse(request: Request, idText: string, now = new Date(), client: string | null = null): Promise<Response> {
  if (!/^[1-9]\d{0,8}$/.test(idText)) return plain(404, "未找到该访谈");
  const interviewId = Number(idText);
  const interview = await db.interview.findFirst({ where: { id: interviewId, published: true }, select: { startsAt: true, endsAt: true, liveSwitch: true } });
  if (!interview) return plain(404, "未找到该访谈");
  const status = interviewStatus(interview, now);
  if (status === "archive") return new Response(END, { headers: HEADERS });
  if (status === "upcoming" && interview.startsAt.getTime() - now.getTime() > WATCH_BEFORE_START_MS) {
    return new Response(encoder.encode("retry: 300000\n\n"), { headers: HEADERS });
  }
  const network = client === null ? null : clientNetwork(client);
  if (liveListenerCount() >= MAX_LIVE_LISTENERS || (network !== null && (openPerNetwork.get(network) ?? 0) >= MAX_LIVE_PER_NETWORK)) {
    return plain(503, "在线人数过多，请稍后刷新页面", { "Retry-After": "30" });
  }
  const url = new URL(request.url);
  const after = Math.max(parseCursor(request.headers.get("last-event-id")), parseCursor(url.searchParams.get("after")));

  let unsubscribe: (() => void) | null = null;
  let closed = false;
  const release = () => {
    unsubscribe?.();
    if (network === null) return;
    const open = (openPerNetwork.get(network) ?? 1) - 1;
    if (open > 0) openPerNetwork.set(network, open);
    else openPerNetwork.delete(network);
  };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      if (network !== null) openPerNetwork.set(network, (openPerNetwork.get(network) ?? 0) + 1);
      const send = (bytes: Uint8Array) => {
        if (closed) return;
        if (controller.desiredSize !== null && controller.desiredSize < -MAX_BACKLOG) {
          // A reader that stopped reading: error (not close, which keeps the queue until it drains).
          closed = true;
          release();
          controller.error(new Error("live reader too slow"));
          return;
        }
        controller.enqueue(bytes);
      };
      const finish = () => {
        if (closed) return;
        closed = true;
        release();
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
        release();
        controller.close();
        return;
      }
      send(encoder.encode("retry: 5000\n\n"));
      request.signal.addEventListener("abort", finish);
    },
    cancel() {
      if (closed) return;
      closed = true;
      release();
    },
  });
  return new Response(stream, { headers: HEADERS });
}
