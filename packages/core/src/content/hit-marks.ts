import type { MarkedSegment } from "../review/kind.js";
import { WORD_SEVERITY_LABELS, type WordHit } from "./draft.js";

/** A hit's note on the page: its severity, what to write instead, its category. */
export const hitNote = (h: WordHit) => `${WORD_SEVERITY_LABELS[h.severity]}：「${h.wrong}」建议改为「${h.suggestion}」（${h.category}）`;

/**
 * The text cut into plain and marked runs, one mark per place: where hits overlap, the one that
 * starts first (and, at the same start, the longer one) is shown.
 */
export function markHits(text: string, hits: WordHit[]): MarkedSegment[] {
  const segments: MarkedSegment[] = [];
  let at = 0;
  for (const hit of [...hits].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (hit.start < at) continue;
    if (hit.start > at) segments.push({ text: text.slice(at, hit.start) });
    segments.push({ text: text.slice(hit.start, hit.end), mark: hit.severity === "serious" ? "hit-serious" : "hit", note: hitNote(hit) });
    at = hit.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
