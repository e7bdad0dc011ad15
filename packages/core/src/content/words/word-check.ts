import type { WordHit } from "../draft.js";
import { Automaton } from "./automaton.js";
import type { WordDictionary, WordEntry } from "./dictionary.js";
import { normalizeText, normalizeWord } from "./normalize.js";

/** At most this many hits are reported per field: a text with more needs rewriting, not a longer list. */
export const MAX_HITS_PER_FIELD = 300;

/**
 * A dictionary compiled for matching: entries normalized once and one automaton for the words and
 * the whitelisted phrases together, so a text is read once.
 */
export class WordChecker {
  readonly version: number;
  private readonly automaton: Automaton;
  private readonly patterns: WordEntry[];

  constructor(dictionary: WordDictionary) {
    this.version = dictionary.version;
    const live = dictionary.entries.filter((e) => e.enabled);
    const forms = live.map((e) => normalizeWord(e.wrong));
    this.patterns = live.filter((_, i) => forms[i].length > 0);
    this.automaton = new Automaton(forms.filter((f) => f.length > 0));
  }

  /** Hits in one text, positions in the original; hits inside a whitelisted phrase are dropped. */
  checkText(original: string, field: WordHit["field"]): WordHit[] {
    const normalized = normalizeText(original);
    const matches = this.automaton.search(normalized.text);
    const allowed = matches.filter((m) => this.patterns[m.pattern].kind === "allow");
    const hits: WordHit[] = [];
    for (const m of matches) {
      const entry = this.patterns[m.pattern];
      if (entry.kind === "allow" || allowed.some((a) => a.start <= m.start && a.end >= m.end)) continue;
      const start = normalized.starts[m.start];
      const end = normalized.ends[m.end - 1];
      hits.push({ entryId: entry.entryId, field, start, end, text: original.slice(start, end), wrong: entry.wrong, suggestion: entry.suggestion, category: entry.category, severity: entry.severity });
      if (hits.length >= MAX_HITS_PER_FIELD) break;
    }
    return hits.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  check(version: { title: string; body: string }): WordHit[] {
    return [...this.checkText(version.title, "title"), ...this.checkText(version.body, "body")];
  }
}

/** The key a confirmation and a hit share: the same entry at the same place. */
export const hitKey = (h: Pick<WordHit, "entryId" | "field" | "start">) => `${h.field}:${h.start}:${h.entryId}`;
