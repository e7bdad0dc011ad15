import { fail } from "@beian/core";

/** Deeper than any form of ours; deep enough to refuse a hostile body before anything walks it. */
export const MAX_JSON_DEPTH = 32;

/**
 * The nesting depth of a JSON text, by one pass over its characters (no recursion, so a body of
 * 20,000 nested arrays costs one loop and never the stack).
 */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92 /* \ */) i++;
      else if (ch === 34 /* " */) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 91 /* [ */ || ch === 123 /* { */) {
      depth++;
      if (depth > max) max = depth;
    } else if (ch === 93 /* ] */ || ch === 125 /* } */) depth--;
  }
  return max;
}

/** Parses a request's JSON text: malformed or too deeply nested bodies are a 400, never a 500. */
export function parseJsonBody(text: string): unknown {
  if (jsonDepth(text) > MAX_JSON_DEPTH) throw fail("JSON_TOO_DEEP", `请求内容层级过深（最多 ${MAX_JSON_DEPTH} 层）`);
  try {
    return JSON.parse(text);
  } catch {
    throw fail("MALFORMED_JSON");
  }
}
