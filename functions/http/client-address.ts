/**
 * Who is asking, for rate limits and sign-in throttling only (hashed, never stored). Behind a trusted
 * reverse proxy every request comes from the proxy, so the first X-Forwarded-For address counts.
 */
export function clientAddress(forwardedFor: string | null | undefined, trustProxy: boolean, socketAddress: string): string {
	const forwarded = trustProxy ? forwardedFor?.split(',')[0]?.trim() : undefined;
	return forwarded || socketAddress;
}
