/** Retries `probe` until it resolves or `timeoutMs` passes; rethrows the last failure. */
export async function waitFor(probe: () => Promise<unknown>, timeoutMs: number, intervalMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await probe();
      return;
    } catch (error) {
      if (error instanceof Error && error.message.startsWith("DynamoDB Local exited")) throw error;
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, intervalMs));
    }
  }
}
