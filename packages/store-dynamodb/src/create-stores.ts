import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { Stores } from "@beian/core";
import { DynamoAccountStore } from "./account-store.js";
import { DynamoAuditStore } from "./audit-store.js";
import { DynamoAuthStore } from "./auth-store.js";
import { beianService } from "./beian-service.js";
import { DynamoChainStore } from "./chain-store.js";
import { DynamoContentStore } from "./content-store.js";
import { DynamoMonitorStore } from "./monitor-store.js";
import { DynamoWordStore } from "./word-store.js";
import { DynamoCustodyStore } from "./custody-store.js";
import { DynamoDirectoryStore } from "./directory-store.js";
import { DynamoFilingStore } from "./filing-store.js";
import { DynamoOutboxStore } from "./outbox-store.js";
import { DynamoRegisterStore } from "./register-store.js";
import { DynamoReviewStore } from "./review-store.js";
import { DynamoReviewItemStore } from "./review-item-store.js";
import { DynamoTransactor } from "./transactor.js";
import { DynamoFigureStore } from "./figure-store.js";
import { DynamoFigureSourceItems } from "./figure-source-items.js";
import { DynamoInspectionStore } from "./inspection-store.js";

/** One adapter per store port, all on one table (so one transaction can span them): what both composition roots call. */
export function createDynamoStores(options: { doc: DynamoDBDocumentClient; tableName: string }): Stores {
  const db = beianService(options.doc, options.tableName);
  const directory = new DynamoDirectoryStore(db);
  return {
    directory,
    seeding: directory,
    auth: new DynamoAuthStore(db),
    audit: new DynamoAuditStore(db),
    tx: new DynamoTransactor(db),
    outbox: new DynamoOutboxStore(db),
    reviews: new DynamoReviewStore(db),
    reviewItems: new DynamoReviewItemStore(db),
    chains: new DynamoChainStore(db),
    accounts: new DynamoAccountStore(db),
    register: new DynamoRegisterStore(db),
    custody: new DynamoCustodyStore(db),
    filings: new DynamoFilingStore(db),
    content: new DynamoContentStore(db),
    words: new DynamoWordStore(db),
    monitor: new DynamoMonitorStore(db),
    figures: new DynamoFigureStore(db),
    figureItems: new DynamoFigureSourceItems(db),
    inspection: new DynamoInspectionStore(db),
  };
}
