import type { ChainStore, ReviewChain } from "@beian/core";
import type { BeianService } from "./beian-service.js";
import { txWrite } from "./tx-write.js";

/** Review chains per kind (default and per-unit overrides), written on the directory's audit chain. */
export class DynamoChainStore implements ChainStore {
  constructor(private readonly db: BeianService) {}

  async listChains(kind: string) {
    const { data } = await this.db.entities.reviewChain.query.byKind({ kind }).go({ pages: "all" });
    return data as ReviewChain[];
  }

  putChain(chain: ReviewChain) {
    return txWrite("head", (tx) => [tx.reviewChain.put(chain).commit()]);
  }

  deleteChain(kind: string, scope: string) {
    return txWrite("head", (tx) => [tx.reviewChain.delete({ kind, scope }).commit()]);
  }

  async seedChain(chain: ReviewChain) {
    await this.db.entities.reviewChain.put(chain).go();
  }
}
