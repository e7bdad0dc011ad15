import type { DictionaryHead, WordEntry, WordStore } from "@beian/core";
import type { BeianService } from "./beian-service.js";
import { stripUndefined, txWrite } from "./tx-write.js";

const HEAD = "word-dictionary-head";

/** The registry office's dictionary entries (one partition) and the dictionary's chain head. */
export class DynamoWordStore implements WordStore {
  constructor(private readonly db: BeianService) {}

  async getHead(): Promise<DictionaryHead | undefined> {
    const { data } = await this.db.entities.contentMark.get({ name: HEAD }).go();
    return data?.auditSeq === undefined ? undefined : { auditSeq: data.auditSeq, auditHead: data.auditHead ?? "", updatedAt: data.updatedAt };
  }

  async listEntries() {
    const { data } = await this.db.entities.wordEntry.query.byEntry({}).go({ pages: "all" });
    return data.map((e) => ({ suggestion: "", ...stripUndefined(e) })) as WordEntry[];
  }

  putEntry(entry: WordEntry) {
    return txWrite("wordEntry", (tx) => [tx.wordEntry.put(stripUndefined(entry)).commit()]);
  }

  writeHead(head: DictionaryHead, expectedSeq: number) {
    const item = { name: HEAD, auditSeq: head.auditSeq, auditHead: head.auditHead, updatedAt: head.updatedAt };
    return txWrite("dictionary", (tx) => [
      expectedSeq === 0
        ? tx.contentMark.create(item).commit()
        : tx.contentMark
            .put(item)
            .where((a, op) => op.eq(a.auditSeq, expectedSeq))
            .commit(),
    ]);
  }
}
