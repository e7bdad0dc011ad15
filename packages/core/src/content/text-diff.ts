import { diffChars } from "diff";
import type { MarkedSegment } from "../review/kind.js";

/** Unchanged runs longer than this are shortened to their ends, so a one-word edit in a long text stays readable. */
const CONTEXT = 60;

/**
 * What changed between the text a reviewer saw and the new one, character by character (Chinese
 * has no spaces to split words on), as marked runs for the confirm page.
 */
export function textDiff(before: string, after: string): { segments: MarkedSegment[]; changed: boolean } {
  const parts = diffChars(before, after);
  const changed = parts.some((p) => p.added || p.removed);
  const segments = parts.map((p, i): MarkedSegment => {
    if (p.added) return { text: p.value, mark: "ins", note: "新增" };
    if (p.removed) return { text: p.value, mark: "del", note: "删除" };
    return { text: shorten(p.value, i === 0, i === parts.length - 1) };
  });
  return { segments, changed };
}

function shorten(text: string, first: boolean, last: boolean): string {
  if (text.length <= CONTEXT * 2) return text;
  const head = first ? "" : text.slice(0, CONTEXT);
  const tail = last ? "" : text.slice(-CONTEXT);
  return `${head}…（略去 ${text.length - head.length - tail.length} 字）…${tail}`;
}
