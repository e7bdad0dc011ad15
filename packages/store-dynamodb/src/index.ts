export * from "./table-schema.js";
export { DynamoStore } from "./dynamo-store.js";
export { beianService } from "./beian-service.js";
export { DynamoUpkeepStore } from "./upkeep-store.js";
