/**
 * The page imports the core barrel, which re-exports modules that hash with node:crypto (audit
 * chains, link ids). The page never calls them; this stand-in only lets the bundler resolve the
 * import so those functions can be tree-shaken away.
 */
const unavailable = (): never => {
  throw new Error("node:crypto is not available in the browser");
};
export const createHash = unavailable;
export const randomBytes = unavailable;
export const createHmac = unavailable;
