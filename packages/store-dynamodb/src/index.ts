export * from "./table-schema.js";
export { createDynamoStores } from "./create-stores.js";
export { beianService, type BeianService } from "./beian-service.js";
export { registerEntries, facetOf, listSortKey } from "./register-index.js";
export { DynamoTransactor } from "./transactor.js";
export { streamDecoder, type StreamDecoder, type StreamRecordLike } from "./figure-stream.js";
export { FIGURE_SOURCE_LISTINGS } from "./figure-source-items.js";
