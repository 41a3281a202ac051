/**
 * Browser storage that never throws: private modes and disabled storage make `localStorage` throw or
 * vanish, and the dashboard must still work (it just forgets).
 */

function store(kind: 'local' | 'session'): Storage | null {
  try {
    return kind === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
  } catch {
    return null;
  }
}

/** Reads a remembered value (default: null when absent or storage is unavailable). */
export function readStored(key: string, kind: 'local' | 'session' = 'local'): string | null {
  try {
    return store(kind)?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Remembers a value; `null` forgets it. Failures (quota, disabled storage) are ignored. */
export function writeStored(key: string, value: string | null, kind: 'local' | 'session' = 'local'): void {
  try {
    const s = store(kind);
    if (!s) return;
    if (value === null) s.removeItem(key);
    else s.setItem(key, value);
  } catch {
    // Nothing to do: the value is simply not remembered.
  }
}
