/** Percentile over measured durations (nearest-rank). */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export async function timeEach(count: number, run: (i: number) => Promise<void>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await run(i);
    samples.push(performance.now() - start);
  }
  return samples;
}

export interface Row {
  operation: string;
  n: number;
  p50: number;
  p99: number;
  rawP50: number;
  rawP99: number;
}

export function summarize(operation: string, handler: number[], raw: number[]): Row {
  return { operation, n: handler.length, p50: percentile(handler, 50), p99: percentile(handler, 99), rawP50: percentile(raw, 50), rawP99: percentile(raw, 99) };
}

export function printRows(rows: Row[]): void {
  const f = (n: number) => n.toFixed(2).padStart(8);
  const width = Math.max(34, ...rows.map((r) => r.operation.length + 2));
  console.log(`\n${"operation".padEnd(width)}${"n".padStart(6)}${"p50 ms".padStart(9)}${"p99 ms".padStart(9)}${"raw p50".padStart(9)}${"raw p99".padStart(9)}${"p50 ratio".padStart(11)}`);
  for (const r of rows) {
    console.log(`${r.operation.padEnd(width)}${String(r.n).padStart(6)}${f(r.p50)} ${f(r.p99)}${f(r.rawP50)} ${f(r.rawP99)}${(r.p50 / r.rawP50).toFixed(2).padStart(10)}x`);
  }
}
