export * from "./table-schema.js";
export { DynamoStore } from "./dynamo-store.js";
export { beianService } from "./beian-service.js";
export { DynamoUpkeepStore } from "./upkeep-store.js";
export { DynamoRegisterStore } from "./register-store.js";
export { registerEntries, facetOf, listSortKey } from "./register-index.js";
