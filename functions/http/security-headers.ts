/**
 * Headers every response carries, prerendered pages and assets included.
 * Scripts and styles are always files from our own origin (the build inlines nothing), so the
 * policy needs no 'unsafe-inline'. 'wasm-unsafe-eval' lets the search index's WebAssembly compile;
 * it does not allow eval of JavaScript.
 */
export const contentSecurityPolicy = [
	"default-src 'self'",
	"script-src 'self' 'wasm-unsafe-eval'",
	"style-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"connect-src 'self'",
	"form-action 'self'",
	"frame-ancestors 'none'",
	"base-uri 'none'",
	"object-src 'none'",
].join('; ');

export const securityHeaders: Readonly<Record<string, string>> = {
	'Content-Security-Policy': contentSecurityPolicy,
	'Referrer-Policy': 'no-referrer',
	'X-Content-Type-Options': 'nosniff',
	// Older in-app browsers ignore frame-ancestors; this says the same to them.
	'X-Frame-Options': 'DENY',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/**
 * Sent only when the hub is reached over https: browsers then use nothing but https for it for a
 * year. No includeSubDomains: other sites on the school's domain may still serve plain http.
 */
export const strictTransportSecurity = 'max-age=31536000';
