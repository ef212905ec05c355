"use client";

import { useEffect, useState, useSyncExternalStore } from "react";

// 朗读 (elder mode): reads the page's main text - every element marked data-read-aloud, in
// document order - with the browser's speech synthesis in Chinese. Rendered only after
// hydration and only where the browser has speechSynthesis, so the prerendered page (and a
// browser without JavaScript) shows no button that cannot work.

const noSubscription = () => () => undefined;
const hasSpeech = () => typeof window.speechSynthesis?.speak === "function";

/** Short sentences, so that long texts are not cut off by voices that stop after a while. */
export function speechChunks(text: string, max = 200): string[] {
  const sentences = text.replace(/\s+/g, " ").match(/[^。！？!?；;\n]+[。！？!?；;]?/g) ?? [];
  return sentences.flatMap((sentence) => {
    const trimmed = sentence.trim();
    const pieces: string[] = [];
    for (let start = 0; start < trimmed.length; start += max) pieces.push(trimmed.slice(start, start + max));
    return pieces;
  }).filter(Boolean);
}

type State = "idle" | "speaking" | "paused";

const buttonClass = "min-h-11 min-w-11 rounded border-2 border-ink bg-white px-4 py-1 font-semibold";

export function ReadAloud() {
  const supported = useSyncExternalStore(noSubscription, hasSpeech, () => false);
  const [state, setState] = useState<State>("idle");

  // Leaving the page stops the voice.
  useEffect(() => () => (supported ? window.speechSynthesis.cancel() : undefined), [supported]);

  if (!supported) return null;
  const synth = window.speechSynthesis;

  function start() {
    const text = [...document.querySelectorAll<HTMLElement>("[data-read-aloud]")].map((element) => element.innerText).join("。\n");
    const voice = synth.getVoices().find((candidate) => /^zh[-_]CN$/i.test(candidate.lang));
    synth.cancel();
    const chunks = speechChunks(text);
    chunks.forEach((chunk, index) => {
      const utterance = new SpeechSynthesisUtterance(chunk);
      utterance.lang = "zh-CN";
      if (voice) utterance.voice = voice;
      if (index === chunks.length - 1) utterance.onend = () => setState("idle");
      synth.speak(utterance);
    });
    setState(chunks.length > 0 ? "speaking" : "idle");
  }

  function togglePause() {
    if (state === "paused") {
      synth.resume();
      setState("speaking");
    } else {
      synth.pause();
      setState("paused");
    }
  }

  function stop() {
    synth.cancel();
    setState("idle");
  }

  // All three buttons stay in place (the two controls disabled while nothing is read), so
  // keyboard focus never falls off a button that disappeared.
  const idle = state === "idle";
  return (
    <div role="group" aria-label="朗读本页" className="mb-4 flex flex-wrap items-center gap-3">
      <button type="button" className={buttonClass} onClick={start}>
        朗读
      </button>
      <button type="button" className={`${buttonClass} disabled:opacity-60`} onClick={togglePause} disabled={idle}>
        {state === "paused" ? "继续" : "暂停"}
      </button>
      <button type="button" className={`${buttonClass} disabled:opacity-60`} onClick={stop} disabled={idle}>
        停止
      </button>
      <p role="status" className="m-0">
        {state === "speaking" ? "正在朗读" : state === "paused" ? "已暂停" : ""}
      </p>
    </div>
  );
}
