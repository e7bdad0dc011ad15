import { requireRole } from "../../directory/access.js";
import type { Actor } from "../../directory/people.js";
import { appendToChain, GENESIS_HASH, verifyAuditChain } from "../../shared/audit-chain.js";
import { fail } from "../../shared/errors.js";
import { StoreConflict, type TxWrite } from "../../shared/ports.js";
import { parseOrThrow } from "../../shared/validation.js";
import type { ContentDeps } from "../content-deps.js";
import type { DictionaryHead } from "../ports.js";
import { WORD_CATEGORIES, type WordDictionary, type WordEntry } from "./dictionary.js";
import { allowInputSchema, DICTIONARY_FIELD_LABELS, entryInputSchema, toggleInputSchema } from "./dictionary-input.js";
import { normalizeWord } from "./normalize.js";
import { STARTER_DICTIONARY } from "./starter-dictionary.js";
import { WordChecker } from "./word-check.js";

/** The dictionary's own audit chain: every addition, disabling and whitelisting is a record on it. */
export const DICTIONARY_CHAIN_ID = "word-dictionary";

/**
 * The 错敏词 dictionary: the starter set overlaid with the registry office's changes. A compiled
 * checker is kept per dictionary version (the chain's sequence): a check costs one read of the head
 * and rebuilds the automaton only after a change.
 */
export function dictionaryService(deps: Pick<ContentDeps, "words" | "audit" | "tx" | "clock" | "newId">) {
  const { words, audit, tx, clock, newId } = deps;
  let cached: WordChecker | undefined;

  async function dictionary(head?: DictionaryHead): Promise<WordDictionary> {
    const changed = head ? await words.listEntries() : [];
    const byId = new Map(STARTER_DICTIONARY.map((e) => [e.entryId, e]));
    for (const entry of changed) byId.set(entry.entryId, entry);
    return { version: head?.auditSeq ?? 0, entries: [...byId.values()] };
  }

  async function checker(): Promise<WordChecker> {
    const head = await words.getHead();
    const version = head?.auditSeq ?? 0;
    if (cached?.version !== version) cached = new WordChecker(await dictionary(head));
    return cached;
  }

  /** One audited change: the entry, the head moved by one, the record; a concurrent change retries. */
  async function change(actor: Actor, entry: WordEntry, action: string, details: Record<string, unknown>) {
    for (let attempt = 0; attempt < 3; attempt++) {
      const head = (await words.getHead()) ?? { auditSeq: 0, auditHead: GENESIS_HASH, updatedAt: "" };
      const at = clock.now().toISOString();
      const stamped = { ...entry, updatedAt: at, updatedBy: actor.name };
      const { entity, audit: record } = appendToChain(head, DICTIONARY_CHAIN_ID, { id: actor.personId, name: actor.name }, action, { entryId: entry.entryId, ...details }, at);
      const writes: TxWrite[] = [words.putEntry(stamped), words.writeHead({ ...entity, updatedAt: at }, head.auditSeq), audit.appendAudit(record)];
      try {
        await tx.commit(writes);
        return stamped;
      } catch (error) {
        if (!(error instanceof StoreConflict)) throw error;
      }
    }
    throw fail("CONCURRENT_UPDATE", "词库刚被其他人修改，请刷新后重试");
  }

  async function entryOf(entryId: string): Promise<WordEntry> {
    const entry = (await dictionary(await words.getHead())).entries.find((e) => e.entryId === entryId);
    if (!entry) throw fail("WORD_ENTRY_NOT_FOUND");
    return entry;
  }

  return {
    checker,

    async list(actor: Actor) {
      requireRole(actor, "admin");
      return dictionary(await words.getHead());
    },

    async add(actor: Actor, body: unknown) {
      requireRole(actor, "admin");
      const input = parseOrThrow(entryInputSchema, body, DICTIONARY_FIELD_LABELS);
      if (!normalizeWord(input.wrong)) throw fail("VALIDATION_FAILED", "错误或敏感表述不能只有空格或符号");
      const entry: WordEntry = { entryId: `c-${newId()}`, ...input, kind: "word", enabled: true, origin: "custom" };
      return change(actor, entry, "word_entry_added", { wrong: entry.wrong, suggestion: entry.suggestion, severity: entry.severity, category: entry.category, source: entry.source });
    },

    /** A whitelisted phrase: hits inside it are not reported (a quotation, a proper name). */
    async allow(actor: Actor, body: unknown) {
      requireRole(actor, "admin");
      const input = parseOrThrow(allowInputSchema, body, DICTIONARY_FIELD_LABELS);
      const entry: WordEntry = { entryId: `w-${newId()}`, wrong: input.phrase, suggestion: "", category: "白名单", severity: "notice", source: input.reason, kind: "allow", enabled: true, origin: "custom" };
      return change(actor, entry, "word_whitelisted", { phrase: input.phrase, reason: input.reason });
    },

    async setEnabled(actor: Actor, entryId: string, body: unknown) {
      requireRole(actor, "admin");
      const { enabled, reason } = parseOrThrow(toggleInputSchema, body, DICTIONARY_FIELD_LABELS);
      const entry = await entryOf(entryId);
      if (entry.enabled === enabled) return entry;
      return change(actor, { ...entry, enabled }, enabled ? "word_entry_enabled" : "word_entry_disabled", { wrong: entry.wrong, reason });
    },

    async history(actor: Actor) {
      requireRole(actor, "admin");
      const [records, head] = await Promise.all([audit.listAudit(DICTIONARY_CHAIN_ID), words.getHead()]);
      return { records: [...records].reverse(), verdict: verifyAuditChain(records, head?.auditHead ?? GENESIS_HASH) };
    },

    categories: () => Object.values(WORD_CATEGORIES),
  };
}

export type DictionaryService = ReturnType<typeof dictionaryService>;
