import { CLIENT_ADDRESS_HEADER, EDGE_TOKEN_HEADER } from "@/lib/http/client-address.mjs";

// A stand-in for next/headers, for tests that call server actions, pages and layouts
// directly: a cookie jar and the request's headers, both set by the test. Everything else
// (our code, the database) is real. In a test file:
//   vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeaders);

// The request's client address as scripts/server.mjs stamps it (lib/http/client-address.mjs);
// a test sets fakeRequest.headers' CLIENT_ADDRESS_HEADER to act as another client.
process.env.PORTAL_EDGE_TOKEN = "test-edge-token";

/** Request headers as they reach Next through our server, from the client `clientAddress`. */
export function requestHeaders(headers: Record<string, string>, clientAddress = "192.0.2.10"): Headers {
  return new Headers({ ...headers, [CLIENT_ADDRESS_HEADER]: clientAddress, [EDGE_TOKEN_HEADER]: "test-edge-token" });
}

export const fakeRequest = {
  cookies: new Map<string, string>(),
  headers: requestHeaders({ host: "localhost:3000", origin: "http://localhost:3000" }),
};

export const nextHeaders = {
  cookies: async () => ({
    get: (name: string) => (fakeRequest.cookies.has(name) ? { name, value: fakeRequest.cookies.get(name) } : undefined),
    set: (name: string, value: string) => void fakeRequest.cookies.set(name, value),
    delete: (name: string) => void fakeRequest.cookies.delete(name),
  }),
  headers: async () => fakeRequest.headers,
};

/**
 * Posts a form to a server action as the page would: the action's state, or `{ redirect }`
 * and `{ forbidden }` for Next's redirect() and forbidden() interrupts.
 */
export async function runAction<S>(action: (state: S, data: FormData) => Promise<S>, entries: Record<string, string>) {
  const form = new FormData();
  for (const [key, value] of Object.entries(entries)) form.append(key, value);
  try {
    return await action({ status: "idle" } as S, form);
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return { redirect: digest.split(";")[2] };
    if (digest.includes(";403")) return { forbidden: true as const };
    throw error;
  }
}
