/**
 * The local stage: a folder under the data home.
 * Layout: `data/<name>.ndjson`, `rejects/<name>.ndjson`, `manifests/<name>.json` (written last), and
 * `tmp/` for the files of a PUT in progress.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { failpoint } from '../failpoints.ts';
import type { LocalCopy, PutOptions, Stage, StagedFile, StageWriter } from './stage.ts';
import { sanitiseFileNameOrThrow, uniqueStageKey } from './stage.ts';

/** When this process started (ms since the epoch): temporary files older than this are no PUT of ours. */
const PROCESS_START = Date.now() - performance.now();

function write(stream: WriteStream, text: string | Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stream.write(text, (err) => (err ? reject(err) : ok && resolve()));
    if (!ok) stream.once('drain', resolve);
  });
}

function close(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => resolve());
  });
}

/**
 * Destroys `stream` and resolves once its file is closed. A stream destroyed while its file is still being
 * opened creates the file after `destroy()` returns: removing it before then left it behind in tmp/.
 */
function discard(stream: WriteStream): Promise<void> {
  const closed = stream.closed ? Promise.resolve() : new Promise<void>((r) => stream.once('close', r));
  stream.destroy();
  return closed;
}

/** Local-folder implementation of {@link Stage}. */
export class LocalStage implements Stage {
  readonly location: string;
  /** Temporary ids of the PUTs this instance is writing now. */
  private readonly writing = new Set<string>();
  private swept: Promise<void> | undefined;

  /** @param root the stage folder (created on first put). */
  constructor(private readonly root: string) {
    this.location = pathToFileURL(root).href;
  }

  private paths(name: string): { data: string; rejects: string; manifest: string } {
    return {
      data: path.join(this.root, 'data', `${name}.ndjson`),
      rejects: path.join(this.root, 'rejects', `${name}.ndjson`),
      manifest: path.join(this.root, 'manifests', `${name}.json`),
    };
  }

  async put(
    givenName: string,
    produce: (writer: StageWriter) => Promise<Omit<StagedFile, 'name' | 'checksum' | 'size' | 'stagedAt'>>,
    options: PutOptions = {},
  ): Promise<StagedFile> {
    const name = sanitiseFileNameOrThrow(givenName);
    await Promise.all(
      ['data', 'rejects', 'manifests', 'tmp'].map((d) => mkdir(path.join(this.root, d), { recursive: true })),
    );
    await this.sweepOnce();
    const tmpId = randomUUID();
    this.writing.add(tmpId);
    const tmp = {
      data: path.join(this.root, 'tmp', `${tmpId}.data`),
      rejects: path.join(this.root, 'tmp', `${tmpId}.rejects`),
      manifest: path.join(this.root, 'tmp', `${tmpId}.json`),
    };
    const data = createWriteStream(tmp.data);
    const rejects = createWriteStream(tmp.rejects);
    const hash = createHash('sha256');
    let size = 0;
    try {
      const fields = await produce({
        async writeData(text) {
          // Encoded once for the hash, the size and the file.
          const bytes = Buffer.from(text);
          hash.update(bytes);
          size += bytes.length;
          await write(data, bytes);
          await failpoint('put.writing');
        },
        async writeRejects(text) {
          await write(rejects, text);
        },
      });
      await Promise.all([close(data), close(rejects)]);
      const checksum = hash.digest('hex');
      // A unique put is named after its content, known only now: the files are still in tmp/ until here.
      const key = options.unique ? uniqueStageKey(name, checksum) : name;
      const final = this.paths(key);
      const staged: StagedFile = {
        name,
        ...(key !== name ? { key } : {}),
        checksum,
        size,
        stagedAt: new Date().toISOString(),
        ...fields,
      };
      await writeFile(tmp.manifest, JSON.stringify(staged, null, 1));
      // Manifest last: it is the completion marker that list() trusts.
      await rename(tmp.rejects, final.rejects);
      await rename(tmp.data, final.data);
      await failpoint('put.before-manifest');
      await rename(tmp.manifest, final.manifest);
      return staged;
    } catch (err) {
      await Promise.all([discard(data), discard(rejects)]);
      await Promise.all(Object.values(tmp).map((p) => rm(p, { force: true })));
      throw err;
    } finally {
      this.writing.delete(tmpId);
    }
  }

  /**
   * Removes the temporary files that PUTs killed mid-write left in `tmp/` (a `kill -9` skips the cleanup
   * of `put`): a file is removed when it was last written before this process started and no PUT of this
   * instance is writing it. No other live process can be writing one: the warehouse's lock makes a home
   * single-process (`E_WAREHOUSE_LOCKED`). Runs once per instance, before its first `put` or `list`.
   */
  async removeLeftovers(): Promise<string[]> {
    const dir = path.join(this.root, 'tmp');
    let names: string[];
    try {
      names = await readdir(dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    const removed: string[] = [];
    for (const n of names) {
      if (this.writing.has(n.split('.')[0]!)) continue;
      const file = path.join(dir, n);
      const s = await stat(file).catch(() => undefined);
      if (!s || s.mtimeMs >= PROCESS_START) continue;
      await rm(file, { force: true });
      removed.push(n);
    }
    return removed;
  }

  private sweepOnce(): Promise<void> {
    // A failed sweep is retried by the next call; it never fails the PUT or list that triggered it.
    this.swept ??= this.removeLeftovers().then(
      () => undefined,
      () => {
        this.swept = undefined;
      },
    );
    return this.swept;
  }

  async list(): Promise<StagedFile[]> {
    await this.sweepOnce();
    let names: string[];
    try {
      names = await readdir(path.join(this.root, 'manifests'));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    const files: StagedFile[] = [];
    for (const n of names) {
      if (!n.endsWith('.json')) continue;
      const f = await this.get(n.slice(0, -5));
      if (f) files.push(f);
    }
    return files.sort((a, b) =>
      a.stagedAt < b.stagedAt ? -1 : a.stagedAt > b.stagedAt ? 1 : a.name < b.name ? -1 : 1,
    );
  }

  async get(name: string): Promise<StagedFile | undefined> {
    const p = this.paths(sanitiseFileNameOrThrow(name));
    try {
      const manifest = JSON.parse(await readFile(p.manifest, 'utf8')) as StagedFile;
      // A crash between the data and manifest renames of a re-PUT leaves new data under an old manifest:
      // the size tells them apart, and such a file is not complete.
      const s = await stat(p.data);
      return s.size === manifest.size ? manifest : undefined;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  }

  async localCopy(name: string): Promise<LocalCopy> {
    const p = this.paths(sanitiseFileNameOrThrow(name));
    return { dataPath: p.data, rejectsPath: p.rejects, release: async () => {} };
  }

  async remove(name: string): Promise<void> {
    const p = this.paths(sanitiseFileNameOrThrow(name));
    await rm(p.manifest, { force: true });
    await Promise.all([rm(p.data, { force: true }), rm(p.rejects, { force: true })]);
  }
}
