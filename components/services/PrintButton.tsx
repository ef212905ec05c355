"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** 打印本页: a button once JavaScript runs (without it the note beside it says how to print). */
export function PrintButton() {
  const hydrated = useSyncExternalStore(subscribe, () => true, () => false);
  if (!hydrated) return null;
  return (
    <button type="button" onClick={() => window.print()} className="min-h-11 rounded border-2 border-ink bg-white px-4 py-2 font-semibold">
      打印本页
    </button>
  );
}
