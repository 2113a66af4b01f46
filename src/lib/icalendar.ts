// Writes iCalendar text (RFC 5545): a tree of components, times in Beijing time with the zone that
// defines them, lines folded at 75 octets and ended with CRLF. The `ics` package cannot do this: it
// writes only UTC or floating times, and folds at 75 characters, which is up to 225 octets of Chinese.

/** A property as [name, value, parameters]. TEXT values go through `text()` first. */
export type Property = readonly [name: string, value: string, parameters?: Readonly<Record<string, string>>];

export interface Component {
	/** VCALENDAR, VEVENT, VALARM … */
	name: string;
	properties: readonly Property[];
	components?: readonly Component[];
}

export const SHANGHAI_TZID = 'Asia/Shanghai';

/**
 * The zone school times are written in. China has kept UTC+8 all year since 1991, so one STANDARD
 * rule is its whole definition; calendars that do not know the zone's name still read it right.
 */
export const shanghaiTimezone: Component = {
	name: 'VTIMEZONE',
	properties: [['TZID', SHANGHAI_TZID]],
	components: [
		{
			name: 'STANDARD',
			properties: [
				['DTSTART', '19700101T000000'],
				['TZOFFSETFROM', '+0800'],
				['TZOFFSETTO', '+0800'],
				['TZNAME', 'CST'],
			],
		},
	],
};

const OFFSET_MS = 8 * 60 * 60 * 1000;

/** "20261128T090000": the Beijing wall-clock time of an instant, for a TZID=Asia/Shanghai value. */
export function shanghaiTime(date: Date): string {
	return compact(new Date(date.getTime() + OFFSET_MS));
}

/** "20261128T010000Z": an instant in UTC, as DTSTAMP must be. */
export function utcTime(date: Date): string {
	return `${compact(date)}Z`;
}

function compact(date: Date): string {
	return date.toISOString().slice(0, 19).replace(/[-:]/g, '');
}

/** A TEXT value: backslashes, semicolons, commas and line breaks escaped. */
export function text(value: string): string {
	return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** The whole object as iCalendar text. */
export function serialize(component: Component): string {
	return contentLines(component).map(fold).join('\r\n') + '\r\n';
}

function contentLines({ name, properties, components = [] }: Component): string[] {
	return [
		`BEGIN:${name}`,
		...properties.map(([key, value, parameters = {}]) =>
			[key, ...Object.entries(parameters).map(([p, v]) => `${p}=${v}`)].join(';') + `:${value}`,
		),
		...components.flatMap(contentLines),
		`END:${name}`,
	];
}

const MAX_OCTETS = 75;

/**
 * Splits a content line so that no line is longer than 75 octets of UTF-8 (RFC 5545 §3.1), between
 * characters, never inside one. A continuation line starts with a space, which counts.
 */
export function fold(line: string): string {
	const lines: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = utf8Length(char.codePointAt(0)!);
		if (octets + size > MAX_OCTETS) {
			lines.push(current);
			current = ' ';
			octets = 1;
		}
		current += char;
		octets += size;
	}
	lines.push(current);
	return lines.join('\r\n');
}

function utf8Length(codePoint: number): number {
	return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}
