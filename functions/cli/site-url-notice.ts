// Feeds, the sitemap, calendar files and link cards on prerendered pages need the hub's public
// address, which the hub cannot see for itself when it builds them: SITE_URL gives it. `npm start`
// says so when it is missing or cannot be the address the hub is reached at.

/** Where the hub listens: PORT and HOST. */
export interface Listening {
	host: string;
	port: number;
}

const unbracket = (host: string) => host.replace(/^\[(.*)\]$/, '$1');
const isLoopback = (host: string) => ['localhost', '::1'].includes(unbracket(host)) || /^127\.\d+\.\d+\.\d+$/.test(host);
const example = 'SITE_URL=http://192.168.1.10:4321 或 SITE_URL=https://jiaxiao.example.cn';
const linksAt = (address: string) => `订阅（RSS）、网站地图、讲座日历文件和资源、讲座、制度页面的微信分享卡片里的链接都指向 ${address}`;

/**
 * A line for the IT person when SITE_URL is unset, or is a plain-http address that cannot reach this
 * hub (another port; loopback on one side only). An https SITE_URL means TLS ends in front of the hub
 * and a trusted proxy (`behindProxy`) forwards from the public address: neither can be checked here.
 */
export function siteUrlNotice(siteUrl: string | undefined, at: Listening, behindProxy: boolean): string[] {
	const served = `http://${unbracket(at.host).includes(':') ? `[${unbracket(at.host)}]` : at.host}:${at.port}`;
	if (siteUrl === undefined) {
		return [`注意：没有设置 SITE_URL，${linksAt('http://localhost:4321')}，其他设备打不开（本平台在 ${served} 提供服务）。请把 SITE_URL 设为家长访问本平台的地址后重新启动，例如 ${example}。`];
	}
	const site = new URL(siteUrl);
	if (behindProxy || site.protocol === 'https:') return [];
	const port = Number(site.port || 80);
	const wildcard = ['0.0.0.0', '::', ''].includes(unbracket(at.host));
	const fits = port === at.port && (wildcard ? !isLoopback(site.hostname) : isLoopback(site.hostname) === isLoopback(at.host));
	if (fits) return [];
	return [
		`注意：SITE_URL（${site.origin}）与本平台提供服务的地址（${served}）不一致，${linksAt(site.origin)}。请把 SITE_URL 改为家长访问本平台的地址，例如 ${example}；如果前面有反向代理（如 nginx）转发到这里，请同时设置 GONGYU_TRUST_PROXY=1。`,
	];
}
