export * from "./review-definition.js";
