/**
 * SHA-256 computed on a worker thread. PUT hashes every byte twice (the source as received, for its identity
 * in the load history; the staged copy, for exactly-once loading); on the main thread that was a fifth of a
 * 1M-row PUT (~0.5 s of 2.3 s), while the second core sat idle. The worker is shared by every hash of the
 * process, started on first use and holding the process open only while a hash is unfinished.
 */
import { Worker } from 'node:worker_threads';

// Plain JavaScript evaluated by the worker: no module file to locate, so it runs the same from the
// sources, a bundle or the Lambda image. Dynamic imports work whether Node evaluates it as CommonJS or as
// a module; the port queues messages until the listener is attached.
const WORKER_SOURCE = `
Promise.all([import('node:worker_threads'), import('node:crypto')]).then(([{ parentPort }, { createHash }]) => {
  const open = new Map();
  parentPort.on('message', (m) => {
    if (m.op === 'update') {
      let h = open.get(m.id);
      if (!h) open.set(m.id, (h = createHash('sha256')));
      h.update(m.data);
    } else if (m.op === 'digest') {
      const h = open.get(m.id) ?? createHash('sha256');
      open.delete(m.id);
      parentPort.postMessage({ id: m.id, hex: h.digest('hex') });
    } else if (m.op === 'drop') {
      open.delete(m.id);
    }
  });
});
`;

interface Pending {
  resolve: (hex: string) => void;
  reject: (err: Error) => void;
}

let worker: Worker | undefined;
/** Workers that died, with why: hashes still bound to one fail instead of waiting forever. */
const dead = new WeakMap<Worker, Error>();
let nextId = 1;
/** Hashes created and not yet digested or dropped: the worker keeps the process alive while any is. */
let unfinished = 0;
const digests = new Map<number, Pending>();

function hashWorker(): Worker {
  if (worker) return worker;
  // No inherited flags: the worker needs no TypeScript loader.
  const w = new Worker(WORKER_SOURCE, { eval: true, execArgv: [] });
  w.on('message', (m: { id: number; hex: string }) => {
    digests.get(m.id)?.resolve(m.hex);
    digests.delete(m.id);
  });
  const fail = (err: Error): void => {
    if (dead.has(w)) return;
    dead.set(w, err);
    if (worker === w) worker = undefined;
    unfinished = 0;
    for (const p of digests.values()) p.reject(err);
    digests.clear();
  };
  w.on('error', fail);
  w.on('exit', (code) => fail(new Error(`the hashing worker exited (code ${code})`)));
  w.unref();
  worker = w;
  return w;
}

function opened(): void {
  if (unfinished++ === 0) worker?.ref();
}

function finished(): void {
  if (unfinished > 0 && --unfinished === 0) worker?.unref();
}

/**
 * An incremental SHA-256 whose work runs on the shared worker thread. `update` copies the bytes and returns
 * at once; `digest` resolves with the hex digest of everything updated before it.
 *
 * @example
 * const h = new OffThreadHash();
 * for await (const chunk of stream) h.update(chunk);
 * const hex = await h.digest();
 */
export class OffThreadHash {
  private readonly id = nextId++;
  private readonly worker = hashWorker();
  private done = false;

  constructor() {
    opened();
  }

  /** Adds bytes (strings as UTF-8). The bytes are copied, so the caller may reuse its buffer. */
  update(data: Uint8Array | string): void {
    if (this.done) throw new Error('update after digest');
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    if (bytes.length === 0) return;
    // A copy with its own ArrayBuffer can be transferred rather than cloned (a Buffer may be a slice of a
    // shared pool).
    const copy = new Uint8Array(bytes.length);
    copy.set(bytes);
    this.worker.postMessage({ op: 'update', id: this.id, data: copy }, [copy.buffer]);
  }

  /** The hex digest; the hash cannot be updated afterwards. */
  digest(): Promise<string> {
    if (this.done) return Promise.reject(new Error('digest called twice'));
    this.done = true;
    const died = dead.get(this.worker);
    if (died) return Promise.reject(died);
    return new Promise<string>((resolve, reject) => {
      digests.set(this.id, {
        resolve: (hex) => {
          finished();
          resolve(hex);
        },
        reject,
      });
      this.worker.postMessage({ op: 'digest', id: this.id });
    });
  }

  /** Abandons the hash (a failed put), releasing its state in the worker. */
  drop(): void {
    if (this.done) return;
    this.done = true;
    this.worker.postMessage({ op: 'drop', id: this.id });
    finished();
  }
}
