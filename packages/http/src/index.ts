export { createApp, type AppOptions } from "./app.js";
export { SESSION_COOKIE } from "./session-cookie.js";
