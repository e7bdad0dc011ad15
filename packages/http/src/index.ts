export { createApp } from "./full-app.js";
export { createApiApp, type AppOptions } from "./app.js";
export { createRegisterFilesApp } from "./register-files-app.js";
export { createReportsApp } from "./reports-app.js";
export { SESSION_COOKIE } from "./session-cookie.js";
export { clientAddress, nodePeer, lambdaPeer, type ClientAddress } from "./client-address.js";
