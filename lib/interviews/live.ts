import { db } from "@/lib/db/client";
import { publicTurn, turnSelect, type PublicTurn } from "./public";
import { interviewStatus } from "./status";

// Live delivery of transcript turns to readers (docs/decisions/0025). Per interview with at
// least one listener, this process runs ONE poller that reads the turns after the furthest-back
// listener's cursor from the database every LIVE_POLL_MS and hands each listener the turns it
// has not had yet. Turns are written by any instance, so several instances sharing one
// database all deliver them; the cost is one small query per interval per watched interview,
// whatever the number of readers. The poller also watches the interview: when it ends (or is
// taken offline) the listeners get `end` and the channel closes. The number of listeners per
// process is bounded (MAX_LIVE_LISTENERS); each gets a heartbeat every HEARTBEAT_MS.

export const LIVE_POLL_MS = 500;
export const HEARTBEAT_MS = 15_000;
export const MAX_LIVE_LISTENERS = 2_000;
const TURNS_PER_POLL = 200;

export interface LiveListener {
  turns(turns: PublicTurn[]): void;
  heartbeat(): void;
  end(): void;
}

interface Channel {
  interviewId: number;
  cursors: Map<LiveListener, number>;
  timer: NodeJS.Timeout | null;
  lastBeat: number;
}

interface LiveState {
  channels: Map<number, Channel>;
  listeners: number;
}

// One hub per process, even when the bundler loads this module more than once.
const globalLive = globalThis as typeof globalThis & { __portalInterviewLive?: LiveState };
const state: LiveState = (globalLive.__portalInterviewLive ??= { channels: new Map(), listeners: 0 });

/** How many listeners this process holds (for tests and the benchmark's figures). */
export function liveListenerCount(): number {
  return state.listeners;
}

/**
 * Adds a listener that has the turns up to `afterId`. Null when this process holds
 * MAX_LIVE_LISTENERS already (the route answers 503). The returned function removes it.
 */
export function subscribeLive(interviewId: number, afterId: number, listener: LiveListener): (() => void) | null {
  if (state.listeners >= MAX_LIVE_LISTENERS) return null;
  let channel = state.channels.get(interviewId);
  if (!channel) {
    channel = { interviewId, cursors: new Map(), timer: null, lastBeat: Date.now() };
    state.channels.set(interviewId, channel);
  }
  channel.cursors.set(listener, afterId);
  state.listeners += 1;
  if (!channel.timer) schedule(channel, 0);
  const joined = channel;
  return () => {
    if (!joined.cursors.delete(listener)) return;
    state.listeners -= 1;
    if (joined.cursors.size === 0) close(joined);
  };
}

function schedule(channel: Channel, delay: number): void {
  channel.timer = setTimeout(() => void poll(channel), delay);
  channel.timer.unref?.();
}

function close(channel: Channel): void {
  if (channel.timer) clearTimeout(channel.timer);
  channel.timer = null;
  if (state.channels.get(channel.interviewId) === channel) state.channels.delete(channel.interviewId);
}

async function poll(channel: Channel): Promise<void> {
  if (channel.cursors.size === 0) return close(channel);
  const from = Math.min(...channel.cursors.values());
  try {
    const interview = await db.interview.findUnique({
      where: { id: channel.interviewId },
      select: { published: true, startsAt: true, endsAt: true, liveSwitch: true, turns: { where: { id: { gt: from } }, select: turnSelect, orderBy: { id: "asc" }, take: TURNS_PER_POLL } },
    });
    const turns = (interview?.published ? interview.turns : []).map(publicTurn);
    for (const [listener, cursor] of channel.cursors) {
      const fresh = turns.filter((turn) => turn.id > cursor);
      if (fresh.length === 0) continue;
      channel.cursors.set(listener, fresh.at(-1)!.id);
      deliver(() => listener.turns(fresh));
    }
    const ended = !interview?.published || (interviewStatus(interview) === "archive" && turns.length < TURNS_PER_POLL);
    if (ended) {
      for (const listener of channel.cursors.keys()) deliver(() => listener.end());
      state.listeners -= channel.cursors.size;
      channel.cursors.clear();
      return close(channel);
    }
    if (Date.now() - channel.lastBeat >= HEARTBEAT_MS) {
      channel.lastBeat = Date.now();
      for (const listener of channel.cursors.keys()) deliver(() => listener.heartbeat());
    }
  } catch (error) {
    // A failed read (the database restarting) is retried at the next interval.
    console.warn("interview live poll failed", error);
  }
  if (channel.cursors.size > 0) schedule(channel, LIVE_POLL_MS);
  else close(channel);
}

/** A listener whose stream broke must not stop the others. */
function deliver(send: () => void): void {
  try {
    send();
  } catch {
    // The route removes a broken listener when its stream is cancelled.
  }
}
