/**
 * Waiting times are kept as histograms over fixed buckets (upper bounds in hours), so p50 and p90
 * can be read from counters that a stream of changes can keep exactly — a list of raw durations
 * could not be. The answer is the bucket's upper bound: "within 8 hours".
 */
export const WAIT_BUCKET_HOURS = [1, 2, 4, 8, 24, 48, 72, 120, 168, 336] as const;
export const OVER_LAST_BUCKET = "more";

/** The bucket a wait falls in: its upper bound in hours ("24"), or "more" past two weeks. */
export function waitBucket(fromIso: string, toIso: string): string {
  const hours = (Date.parse(toIso) - Date.parse(fromIso)) / 3_600_000;
  const bound = WAIT_BUCKET_HOURS.find((b) => hours <= b);
  return bound === undefined ? OVER_LAST_BUCKET : String(bound);
}

export const BUCKET_ORDER = [...WAIT_BUCKET_HOURS.map(String), OVER_LAST_BUCKET];

/** The bucket holding the q-quantile (0 < q ≤ 1) of a histogram, or undefined when it is empty. */
export function quantileBucket(histogram: Map<string, number>, q: number): string | undefined {
  const total = [...histogram.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return undefined;
  let seen = 0;
  for (const bucket of BUCKET_ORDER) {
    seen += histogram.get(bucket) ?? 0;
    if (seen >= q * total) return bucket;
  }
  return OVER_LAST_BUCKET;
}

/** "≤ 8 小时", "≤ 2 天", "超过 14 天". */
export function bucketLabel(bucket: string | undefined): string {
  if (bucket === undefined) return "—";
  if (bucket === OVER_LAST_BUCKET) return "超过 14 天";
  const hours = Number(bucket);
  return hours >= 48 && hours % 24 === 0 ? `≤ ${hours / 24} 天` : `≤ ${hours} 小时`;
}
