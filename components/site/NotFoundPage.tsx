import { notFound } from "next/navigation";
import { Suspense } from "react";
import { NotFoundMessage } from "@/components/site/NotFoundMessage";

async function NotFoundStatus(): Promise<never> {
  notFound();
}

/**
 * A public page's "not found" answer: status 404 with the message server-rendered inside the
 * site frame. A bare notFound() in a page escapes server rendering in this Next version (the
 * HTML body stays empty until JavaScript renders it); thrown inside a Suspense boundary it only
 * sets the status, and the fallback, the message itself, is in the HTML.
 */
export function NotFoundPage() {
  return (
    <Suspense fallback={<NotFoundMessage />}>
      <NotFoundStatus />
    </Suspense>
  );
}
