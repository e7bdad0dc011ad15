import type { AuditRecord, AuditStore } from "@beian/core";
import type { BeianService } from "./beian-service.js";
import { txWrite } from "./tx-write.js";

/** Hash-chained audit records, one partition per entity, in sequence order. */
export class DynamoAuditStore implements AuditStore {
  constructor(private readonly db: BeianService) {}

  async listAudit(entityId: string) {
    const { data } = await this.db.entities.audit.query.byEntity({ entityId }).go({ pages: "all" });
    return data as AuditRecord[];
  }

  appendAudit(record: AuditRecord) {
    return txWrite("audit", (tx) => [tx.audit.create(record).commit()]);
  }
}
