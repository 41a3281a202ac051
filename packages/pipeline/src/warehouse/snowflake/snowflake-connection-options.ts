/**
 * What leadpipe asks of snowflake-sdk when it connects, derived from the configuration: the account and
 * credentials, the endpoint (host, port, protocol: private link or a local emulator), a proxy, the
 * per-request timeout and keep-alive, and the session settings run after each login (statement timeout
 * included). Pure functions: tested without the SDK.
 */
import type { Config } from '../../config/config.ts';
import { TerminalError } from '../../errors.ts';

/** The Snowflake part of the configuration. */
export type SnowflakeSettings = Config['snowflake'];

/** The variables that must be set to connect, for messages and for the contract suite's skip reason. */
export const SNOWFLAKE_REQUIRED =
  'SNOWFLAKE_ACCOUNT, SNOWFLAKE_USER and SNOWFLAKE_PASSWORD or SNOWFLAKE_PRIVATE_KEY_PATH';

/**
 * How long the client waits for one HTTP request beyond the statement timeout: the server cancels the
 * statement at `STATEMENT_TIMEOUT_IN_SECONDS` and needs a moment to say so; the client must not give up
 * first (snowflake-sdk applies its `timeout` to every request, login and statements alike).
 */
export const REQUEST_TIMEOUT_MARGIN_SECONDS = 60;

/** Whether `settings` have enough to try a login. */
export function hasSnowflakeCredentials(settings: SnowflakeSettings): boolean {
  return Boolean(settings.account && settings.user && (settings.password || settings.privateKeyPath));
}

/**
 * Session settings leadpipe relies on: UTC ISO timestamps in results, quoted identifiers that keep their
 * case whatever the account's default, one statement per call, and the statement timeout
 * (`SNOWFLAKE_STATEMENT_TIMEOUT_SECONDS`, default 3600) that the server enforces.
 */
export function sessionSettingsSql(settings: Pick<SnowflakeSettings, 'statementTimeoutSeconds'>): string {
  const seconds = Math.max(1, Math.round(settings.statementTimeoutSeconds));
  return `ALTER SESSION SET TIMEZONE = 'UTC', TIMESTAMP_OUTPUT_FORMAT = 'YYYY-MM-DD"T"HH24:MI:SS.FF3TZH:TZM', TIMESTAMP_LTZ_OUTPUT_FORMAT = 'YYYY-MM-DD"T"HH24:MI:SS.FF3"Z"', TIMESTAMP_NTZ_OUTPUT_FORMAT = 'YYYY-MM-DD"T"HH24:MI:SS.FF3', QUOTED_IDENTIFIERS_IGNORE_CASE = FALSE, MULTI_STATEMENT_COUNT = 1, STATEMENT_TIMEOUT_IN_SECONDS = ${seconds}`;
}

/**
 * The SDK's proxy options for `SNOWFLAKE_PROXY` (`http://[user:password@]host:port`) and
 * `SNOWFLAKE_NO_PROXY`; none when no proxy is set (the SDK then reads `HTTPS_PROXY` itself).
 */
export function proxyOptions(
  settings: Pick<SnowflakeSettings, 'proxy' | 'noProxy'>,
): Record<string, unknown> {
  if (!settings.proxy) return {};
  const url = new URL(settings.proxy);
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  return {
    proxyHost: url.hostname,
    proxyPort: port,
    proxyProtocol: url.protocol.replace(/:$/, ''),
    ...(url.username
      ? {
          proxyUser: decodeURIComponent(url.username),
          proxyPassword: decodeURIComponent(url.password),
        }
      : {}),
    // The SDK matches the request host against `|`-separated patterns.
    ...(settings.noProxy?.length ? { noProxy: settings.noProxy.join('|') } : {}),
  };
}

/**
 * The SDK connection options for `settings`. Key-pair auth (`SNOWFLAKE_JWT`) when a private key file is set,
 * password otherwise. The endpoint is `<account>.snowflakecomputing.com` unless `SNOWFLAKE_HOST`,
 * `SNOWFLAKE_PORT` or `SNOWFLAKE_PROTOCOL` say otherwise. The SDK's per-request `timeout` is the statement
 * timeout plus {@link REQUEST_TIMEOUT_MARGIN_SECONDS} (the login has its own, shorter deadline in
 * `connectSnowflake`). Login retries are bounded (`sfRetryMaxLoginRetries`: a wrong account fails in
 * seconds, not minutes); `retryTimeout` is the SDK's minimum (it raises anything lower but 0, which means
 * unlimited, to 300 s). `extra` is merged last (tests).
 */
export function connectionOptionsOrThrow(
  settings: SnowflakeSettings,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const missing = [
    settings.account ? null : 'SNOWFLAKE_ACCOUNT',
    settings.user ? null : 'SNOWFLAKE_USER',
    settings.password || settings.privateKeyPath ? null : 'SNOWFLAKE_PASSWORD or SNOWFLAKE_PRIVATE_KEY_PATH',
  ].filter((m): m is string => m !== null);
  if (missing.length) {
    throw new TerminalError(
      'E_SNOWFLAKE_NOT_CONFIGURED',
      `LEADPIPE_WAREHOUSE=snowflake needs ${missing.length > 1 ? `${missing.slice(0, -1).join(', ')}, and ${missing[missing.length - 1]}` : missing[0]} (see "Run on Snowflake" in the README)`,
    );
  }
  const auth = settings.privateKeyPath
    ? {
        authenticator: 'SNOWFLAKE_JWT',
        privateKeyPath: settings.privateKeyPath,
        ...(settings.privateKeyPassphrase ? { privateKeyPass: settings.privateKeyPassphrase } : {}),
      }
    : { password: settings.password };
  return {
    account: settings.account,
    username: settings.user,
    ...auth,
    ...(settings.host ? { host: settings.host } : {}),
    ...(settings.port ? { port: settings.port } : {}),
    protocol: settings.protocol,
    ...proxyOptions(settings),
    ...(settings.warehouse ? { warehouse: settings.warehouse } : {}),
    ...(settings.database ? { database: settings.database } : {}),
    ...(settings.schema ? { schema: settings.schema } : {}),
    ...(settings.role ? { role: settings.role } : {}),
    application: 'leadpipe',
    sfRetryMaxLoginRetries: 1,
    retryTimeout: 300,
    timeout: Math.round((settings.statementTimeoutSeconds + REQUEST_TIMEOUT_MARGIN_SECONDS) * 1000),
    clientSessionKeepAlive: settings.keepAlive,
    fetchAsString: ['Date'],
    ...extra,
  };
}
