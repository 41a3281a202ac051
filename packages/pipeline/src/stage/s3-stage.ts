/**
 * The S3 stage: cleaned files in a bucket, under `<prefix>/_leadpipe/stage/`.
 *
 * Layout: `manifests/<name>.json` (the completion marker, written last) points to
 * `data/<name>/<version>.ndjson` and, when the file had rejected rows, `rejects/<name>/<version>.ndjson`.
 * Each put writes a new version and swaps the manifest, so a put that dies half-way leaves the previous
 * version intact and nothing new visible (S3 has no rename; a manifest PUT is atomic). Uploads stream
 * through `@aws-sdk/lib-storage` (multipart above the part size); reads stream to temporary files.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { TerminalError, TransientError } from '../errors.ts';
import { isNotFound, toS3Error } from './s3-client.ts';
import { makeScratchDir } from './scratch-dir.ts';
import type { LocalCopy, PutOptions, Stage, StagedFile, StageWriter } from './stage.ts';
import { sanitiseFileNameOrThrow, uniqueStageKey } from './stage.ts';

/** Options of {@link S3Stage}. */
export interface S3StageOptions {
  client: S3Client;
  bucket: string;
  /** Key prefix of the stage, a folder (`leads/_leadpipe/stage/`); see `stageRootPrefix`. */
  root: string;
  /** Multipart part size in bytes (S3's minimum, 5 MiB, by default); a file above it uploads in parts. */
  partSizeBytes?: number;
  /** Parts uploaded at once; memory is bounded by `queueSize * partSizeBytes` per upload. Default 2. */
  queueSize?: number;
}

/** The manifest object: the staged file plus where its data lives. */
interface StoredManifest extends StagedFile {
  objects: { data: string; rejects: string | null };
}

const MIN_PART_SIZE = 5 * 1024 * 1024;

/** One streaming upload: writes wait for the upload to take the data (backpressure) or fail with it. */
class StreamingUpload {
  private readonly body = new PassThrough({ highWaterMark: 1 << 20 });
  private readonly done: Promise<unknown>;
  private failure: unknown;

  constructor(
    client: S3Client,
    bucket: string,
    readonly key: string,
    partSize: number,
    queueSize: number,
  ) {
    const upload = new Upload({
      client,
      params: { Bucket: bucket, Key: key, Body: this.body, ContentType: 'application/x-ndjson' },
      partSize,
      queueSize,
      leavePartsOnError: false,
    });
    this.done = upload.done().catch((err: unknown) => {
      // Remember the failure so pending and later writes reject instead of waiting for a reader that is gone.
      this.failure = toS3Error(err, `cannot upload s3://${bucket}/${key}`);
      this.body.destroy();
      throw this.failure;
    });
    this.done.catch(() => undefined);
  }

  async write(data: string | Buffer): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
    if (this.body.write(data)) return;
    await Promise.race([
      new Promise<void>((resolve) => this.body.once('drain', resolve)),
      this.done.then(
        () => undefined,
        (err: unknown) => Promise.reject(err),
      ),
    ]);
  }

  async end(): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
    this.body.end();
    await this.done;
  }

  /** Stops the upload (its parts are discarded); never throws. */
  async abort(): Promise<void> {
    this.body.destroy();
    await this.done.catch(() => undefined);
  }
}

/** S3 implementation of {@link Stage}. */
export class S3Stage implements Stage {
  readonly location: string;
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly root: string;
  private readonly partSize: number;
  private readonly queueSize: number;

  constructor(options: S3StageOptions) {
    this.client = options.client;
    this.bucket = options.bucket;
    this.root = options.root;
    this.partSize = Math.max(MIN_PART_SIZE, options.partSizeBytes ?? MIN_PART_SIZE);
    this.queueSize = options.queueSize ?? 2;
    this.location = `s3://${this.bucket}/${this.root}`;
  }

  private manifestKey(name: string): string {
    return `${this.root}manifests/${name}.json`;
  }

  async put(
    givenName: string,
    produce: (writer: StageWriter) => Promise<Omit<StagedFile, 'name' | 'checksum' | 'size' | 'stagedAt'>>,
    options: PutOptions = {},
  ): Promise<StagedFile> {
    const name = sanitiseFileNameOrThrow(givenName);
    const version = `${Date.now().toString(36)}-${randomUUID()}`;
    const data = new StreamingUpload(
      this.client,
      this.bucket,
      `${this.root}data/${name}/${version}.ndjson`,
      this.partSize,
      this.queueSize,
    );
    let rejects: StreamingUpload | undefined;
    const hash = createHash('sha256');
    let size = 0;
    try {
      const fields = await produce({
        async writeData(text) {
          // Encoded once for the hash, the size and the upload.
          const bytes = Buffer.from(text);
          hash.update(bytes);
          size += bytes.length;
          await data.write(bytes);
        },
        writeRejects: async (text) => {
          // Most files have no rejected rows: their rejects object is only created when one arrives.
          rejects ??= new StreamingUpload(
            this.client,
            this.bucket,
            `${this.root}rejects/${name}/${version}.ndjson`,
            this.partSize,
            this.queueSize,
          );
          await rejects.write(text);
        },
      });
      await Promise.all([data.end(), rejects?.end()]);
      const checksum = hash.digest('hex');
      // A unique put is named after its content: only its manifest carries the key (the data objects sit
      // under the file's name, where Snowpipe's AUTO_INGEST reads the name from).
      const key = options.unique ? uniqueStageKey(name, checksum) : name;
      const staged: StagedFile = {
        name,
        ...(key !== name ? { key } : {}),
        checksum,
        size,
        stagedAt: new Date().toISOString(),
        ...fields,
      };
      const previous = await this.readManifest(key);
      const manifest: StoredManifest = {
        ...staged,
        objects: { data: data.key, rejects: rejects?.key ?? null },
      };
      // The manifest last: it is the completion marker that list() trusts.
      await this.client
        .send(
          new PutObjectCommand({
            Bucket: this.bucket,
            Key: this.manifestKey(key),
            Body: JSON.stringify(manifest, null, 1),
            ContentType: 'application/json',
          }),
        )
        .catch((err: unknown) =>
          Promise.reject(toS3Error(err, `cannot write the manifest of ${name} in ${this.location}`)),
        );
      if (previous) await this.deleteKeys(objectKeys(previous), true);
      return staged;
    } catch (err) {
      // S3 failures arrive here already as leadpipe errors; the producer's own errors pass unchanged.
      await Promise.all([data.abort(), rejects?.abort()]);
      await this.deleteKeys([data.key, ...(rejects ? [rejects.key] : [])], true);
      throw err;
    }
  }

  async list(): Promise<StagedFile[]> {
    const names: string[] = [];
    const prefix = `${this.root}manifests/`;
    let token: string | undefined;
    try {
      do {
        const page = await this.client.send(
          new ListObjectsV2Command({
            Bucket: this.bucket,
            Prefix: prefix,
            ...(token ? { ContinuationToken: token } : {}),
          }),
        );
        for (const o of page.Contents ?? []) {
          if (o.Key?.endsWith('.json')) names.push(o.Key.slice(prefix.length, -'.json'.length));
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
    } catch (err) {
      throw toS3Error(err, `cannot list ${this.location}`);
    }
    const files: StagedFile[] = [];
    // A few manifests at a time: one GET each, small.
    for (let i = 0; i < names.length; i += 8) {
      const batch = await Promise.all(names.slice(i, i + 8).map((n) => this.get(n)));
      for (const f of batch) if (f) files.push(f);
    }
    return files.sort((a, b) =>
      a.stagedAt < b.stagedAt ? -1 : a.stagedAt > b.stagedAt ? 1 : a.name < b.name ? -1 : 1,
    );
  }

  async get(name: string): Promise<StagedFile | undefined> {
    const manifest = await this.readManifest(sanitiseFileNameOrThrow(name));
    if (!manifest) return undefined;
    const { objects: _objects, ...staged } = manifest;
    return staged;
  }

  async localCopy(name: string): Promise<LocalCopy> {
    const safe = sanitiseFileNameOrThrow(name);
    const manifest = await this.readManifest(safe);
    if (!manifest) throw new TerminalError('E_NOT_STAGED', `${safe} is not staged in ${this.location}`);
    const dir = await makeScratchDir('leadpipe-s3-stage-');
    const copy: LocalCopy = {
      dataPath: path.join(dir, 'data.ndjson'),
      rejectsPath: path.join(dir, 'rejects.ndjson'),
      release: () => rm(dir, { recursive: true, force: true }),
    };
    try {
      const checksum = await this.download(manifest.objects.data, copy.dataPath);
      // The manifest names an immutable version, so a mismatch is corruption in transit: worth a retry.
      if (checksum !== manifest.checksum) {
        throw new TransientError(
          'E_S3_CHECKSUM',
          `${safe}: staged data does not match its manifest checksum`,
        );
      }
      if (manifest.objects.rejects) await this.download(manifest.objects.rejects, copy.rejectsPath);
      else await writeFile(copy.rejectsPath, '');
      return copy;
    } catch (err) {
      await copy.release();
      throw toS3Error(err, `cannot read ${safe} from ${this.location}`);
    }
  }

  async remove(name: string): Promise<void> {
    const safe = sanitiseFileNameOrThrow(name);
    const manifest = await this.readManifest(safe);
    if (!manifest) return;
    await this.deleteKeys([this.manifestKey(safe)], false);
    await this.deleteKeys(objectKeys(manifest), true);
  }

  private async readManifest(name: string): Promise<StoredManifest | undefined> {
    try {
      const r = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: this.manifestKey(name) }),
      );
      return JSON.parse((await r.Body?.transformToString('utf8')) ?? '') as StoredManifest;
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw toS3Error(err, `cannot read the manifest of ${name} in ${this.location}`);
    }
  }

  /** Streams an object to a file; returns the SHA-256 of its bytes. */
  private async download(key: string, file: string): Promise<string> {
    const r = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    const hash = createHash('sha256');
    const body = r.Body as Readable | undefined;
    if (!body) throw new TransientError('E_S3_UNAVAILABLE', `empty response body for ${key}`);
    await pipeline(
      body,
      async function* (source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          hash.update(chunk);
          yield chunk;
        }
      },
      createWriteStream(file),
    );
    return hash.digest('hex');
  }

  private async deleteKeys(keys: string[], bestEffort: boolean): Promise<void> {
    if (keys.length === 0) return;
    try {
      await this.client.send(
        new DeleteObjectsCommand({
          Bucket: this.bucket,
          Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true },
        }),
      );
    } catch (err) {
      // Orphaned versions are invisible (no manifest points to them); a lifecycle rule may sweep them.
      if (!bestEffort) throw toS3Error(err, `cannot remove ${keys.join(', ')} from ${this.location}`);
    }
  }
}

function objectKeys(manifest: StoredManifest): string[] {
  return [manifest.objects.data, ...(manifest.objects.rejects ? [manifest.objects.rejects] : [])];
}
