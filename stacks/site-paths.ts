/** Paths the Hono app answers; everything else is the built page in S3. */
export const API_PATHS = ["/api/*", "/auth/*", "/review/*"] as const;

/**
 * Viewer headers the API needs when CloudFront cannot use an origin request policy (the China
 * regions, legacy cache settings): the body's type for the JSON and upload guards, content
 * negotiation, and Origin/Referer. Never Host: API Gateway routes on its own host name.
 */
export const API_FORWARDED_HEADERS = ["Accept", "Accept-Language", "Content-Type", "Origin", "Referer", "User-Agent"] as const;
