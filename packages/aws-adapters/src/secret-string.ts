import type { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";

/**
 * A secret's string from Secrets Manager, read when first needed (the SDK client loads then too, so
 * a Lambda that never needs the secret never pays for it). The core caches what it returns.
 */
export function secretsManagerString(secretArn: string, client?: SecretsManagerClient): () => Promise<string> {
  return async () => {
    const sdk = await import("@aws-sdk/client-secrets-manager");
    client ??= new sdk.SecretsManagerClient({});
    const secret = await client.send(new sdk.GetSecretValueCommand({ SecretId: secretArn }));
    if (!secret.SecretString || secret.SecretString.length < 32) throw new Error(`secret ${secretArn} must hold a string of at least 32 characters`);
    return secret.SecretString;
  };
}
