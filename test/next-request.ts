// A stand-in for next/headers, for tests that call server actions, pages and layouts
// directly: a cookie jar and the request's headers, both set by the test. Everything else
// (our code, the database) is real. In a test file:
//   vi.mock("next/headers", async () => (await import("@/test/next-request")).nextHeaders);

export const fakeRequest = {
  cookies: new Map<string, string>(),
  headers: new Headers({ host: "localhost:3000", origin: "http://localhost:3000" }),
};

export const nextHeaders = {
  cookies: async () => ({
    get: (name: string) => (fakeRequest.cookies.has(name) ? { name, value: fakeRequest.cookies.get(name) } : undefined),
    set: (name: string, value: string) => void fakeRequest.cookies.set(name, value),
    delete: (name: string) => void fakeRequest.cookies.delete(name),
  }),
  headers: async () => fakeRequest.headers,
};
