/**
 * The global object the double runs in: Node under vitest (no `window` at all in the node
 * environment) or a browser window in the preview. Plugin code must use `window`/`activeWindow`;
 * the double cannot, so it reaches the globals through this one reference.
 * Timers are read from it at call time, so `vi.useFakeTimers()` still controls them.
 */
export const host: typeof globalThis = globalThis;
