export * from "./review-definition.js";
export * from "./inspection-definition.js";
