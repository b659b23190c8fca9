// The request a test stands for: the headers that next/headers hands to server actions.
// Server actions read their caller from the request; outside a Next.js server the test
// sets the headers here, and the actions then run as they would for that request.

let current = new Headers();

export function actAs(headers: Record<string, string>): void {
  current = new Headers(headers);
}

export const nextHeadersForTests = {
  headers: async () => current,
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined, delete: () => undefined }),
};
