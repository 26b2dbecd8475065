/** scripts/load-lib.mjs: a module of src/lib imported in Node through Vite (the caller types it). */
export function loadLib(path: string): Promise<unknown>;
