import type { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";

export interface SmtpCredentials {
  user: string;
  pass: string;
}

/**
 * The secret's JSON, `{"username": …, "password": …}` (the console's "other type of secret" with
 * two keys). Errors name the secret, never its content.
 */
export function parseSmtpSecret(secretString: string | undefined, secretArn: string): SmtpCredentials {
  let value: unknown;
  try {
    value = JSON.parse(secretString ?? "");
  } catch {
    throw new Error(`secret ${secretArn} is not JSON: store {"username": "…", "password": "…"}`);
  }
  const { username, password } = (value ?? {}) as Record<string, unknown>;
  if (typeof username !== "string" || !username || typeof password !== "string" || !password) {
    throw new Error(`secret ${secretArn} needs non-empty string fields "username" and "password"`);
  }
  return { user: username, pass: password };
}

/**
 * Reads the SMTP credentials from Secrets Manager. The SDK client is loaded on the first call, so a
 * Lambda that never sends mail never loads it; the caller caches what this returns.
 */
export function secretsManagerCredentials(secretArn: string, client?: SecretsManagerClient): () => Promise<SmtpCredentials> {
  return async () => {
    const sdk = await import("@aws-sdk/client-secrets-manager");
    client ??= new sdk.SecretsManagerClient({});
    const secret = await client.send(new sdk.GetSecretValueCommand({ SecretId: secretArn }));
    return parseSmtpSecret(secret.SecretString, secretArn);
  };
}
