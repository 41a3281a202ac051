import { readFileSync, statSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempDir, testConfig } from '../../test/helpers.ts';
import {
  MOTO_AVAILABLE,
  MOTO_MISSING_REASON,
  createSecret,
  motoSecretFlags,
  startMoto,
  type Moto,
} from '../../test/moto.ts';
import { TerminalError } from '../errors.ts';
import { redactConfig } from './config.ts';
import { clearSecretCache, resolveSecretsOrThrow } from './secrets.ts';

const API_KEY = 'api-key-from-the-secret-5f1e2d';
const PASSWORD = 'snowflake-password-9c8b7a';
const PEM = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n';

describe.skipIf(!MOTO_AVAILABLE)('secrets from Secrets Manager (moto_server)', () => {
  if (!MOTO_AVAILABLE) console.warn(`skipped: ${MOTO_MISSING_REASON}`);
  let moto: Moto;
  let home: string;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    moto = await startMoto();
    ({ dir: home, cleanup } = await tempDir('leadpipe-secrets-'));
  });
  afterAll(async () => {
    await moto?.stop();
    await cleanup?.();
  });
  beforeEach(async () => {
    clearSecretCache();
    await moto.reset();
  });

  it('puts the secret fields into the configuration, redacted in logs and status output', async () => {
    const arn = await createSecret(moto, 'leadpipe/prod', {
      LEADPIPE_API_KEY: API_KEY,
      SNOWFLAKE_PASSWORD: PASSWORD,
      SNOWFLAKE_PRIVATE_KEY: PEM,
    });
    const base = testConfig(home, { ...motoSecretFlags(moto, arn), api: { apiKey: 'from-the-environment' } });
    const lines: string[] = [];
    const config = await resolveSecretsOrThrow(base, { log: (l) => lines.push(l) });
    expect(config.api.apiKey).toBe(API_KEY);
    expect(config.snowflake.password).toBe(PASSWORD);
    const keyFile = config.snowflake.privateKeyPath as string;
    expect(readFileSync(keyFile, 'utf8')).toBe(PEM);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(base.api.apiKey, 'the given configuration is not changed').toBe('from-the-environment');

    expect(lines).toEqual([
      `read LEADPIPE_API_KEY, SNOWFLAKE_PASSWORD, SNOWFLAKE_PRIVATE_KEY from secret ${arn}`,
    ]);
    const shown = JSON.stringify(redactConfig(config)) + lines.join('\n');
    for (const value of [API_KEY, PASSWORD, 'MIIEvQ']) expect(shown).not.toContain(value);
    expect(redactConfig(config)).toMatchObject({ api: { apiKey: '***' }, snowflake: { password: '***' } });
  });

  it('reads the secret once per process, and again when asked', async () => {
    const arn = await createSecret(moto, 'leadpipe/cached', { LEADPIPE_API_KEY: API_KEY });
    const base = testConfig(home, motoSecretFlags(moto, arn));
    expect((await resolveSecretsOrThrow(base)).api.apiKey).toBe(API_KEY);
    await moto.reset(); // the secret is gone from the server
    expect((await resolveSecretsOrThrow(base)).api.apiKey, 'cached').toBe(API_KEY);
    await expect(resolveSecretsOrThrow(base, { cache: false })).rejects.toMatchObject({
      code: 'E_SECRET_NOT_FOUND',
    });
  });

  it('fails with a terminal error naming the secret when it does not exist', async () => {
    const base = testConfig(home, motoSecretFlags(moto, 'leadpipe/missing'));
    const err = await resolveSecretsOrThrow(base).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TerminalError);
    expect(err).toMatchObject({
      code: 'E_SECRET_NOT_FOUND',
      message: expect.stringContaining('leadpipe/missing'),
    });
  });

  it('refuses a secret with an unknown field or a non-JSON body, without echoing its values', async () => {
    const arn = await createSecret(moto, 'leadpipe/typo', { LEADPIPE_APIKEY: API_KEY });
    const err = await resolveSecretsOrThrow(testConfig(home, motoSecretFlags(moto, arn))).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({
      code: 'E_SECRET_UNREADABLE',
      message: expect.stringContaining('LEADPIPE_APIKEY'),
    });
    expect((err as Error).message).not.toContain(API_KEY);
    const text = await resolveSecretsOrThrow(testConfig(home, motoSecretFlags(moto, 'x')), {
      read: async () => `password=${PASSWORD}`,
    }).catch((e: unknown) => e);
    expect(text).toMatchObject({ code: 'E_SECRET_UNREADABLE' });
    expect((text as Error).message).not.toContain(PASSWORD);
  });

  it('leaves the configuration as it is without a secret ARN', async () => {
    const base = testConfig(home);
    expect(await resolveSecretsOrThrow(base)).toBe(base);
  });
});

describe.skipIf(!MOTO_AVAILABLE)(
  'a secret the credentials may not read (moto_server checking credentials)',
  () => {
    let moto: Moto;
    beforeAll(async () => {
      moto = await startMoto({ env: { INITIAL_NO_AUTH_ACTION_COUNT: '0' } });
    });
    afterAll(async () => {
      await moto?.stop();
    });

    it('fails with a terminal error that says which permission is missing', async () => {
      clearSecretCache();
      const t = await tempDir();
      try {
        const err = await resolveSecretsOrThrow(
          testConfig(t.dir, motoSecretFlags(moto, 'leadpipe/prod')),
        ).catch((e: unknown) => e);
        expect(err).toBeInstanceOf(TerminalError);
        expect(err).toMatchObject({
          code: 'E_SECRET_FORBIDDEN',
          message: expect.stringContaining('secretsmanager:GetSecretValue'),
        });
      } finally {
        await t.cleanup();
      }
    });
  },
);
