import { z } from './zod.ts';

const DAY_MS = 86_400_000;
const WEEKDAY_NAMES = ['日', '一', '二', '三', '四', '五', '六'];

/** Whether text like 2026-02-30 names a day that exists: new Date() would roll it into March. */
function isRealDay(text: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return false;
	const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
	return date.toISOString().slice(0, 10) === text;
}

/** Day of the week of a 'YYYY-MM-DD' day, 0 = Sunday; UTC so the machine's zone is irrelevant. */
function weekdayOf(day: string): number {
	return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/** A calendar day written 2026-02-14; read as the string '2026-02-14'. */
const day = z
	.preprocess((value, ctx) => {
		// Catch typos like 2026-02-30 before coercion silently turns them into another day.
		if (typeof value === 'string' && !isRealDay(value)) {
			const message = `${value} 不是有效日期，应写成 2026-02-14 这样的格式`;
			ctx.addIssue({ code: 'custom', input: value, message });
			return z.NEVER;
		}
		return value;
	}, z.coerce.date())
	// YAML dates arrive as UTC midnight; anything else has a time of day, which means nothing here.
	.refine((date) => date.getTime() % DAY_MS === 0, '只写日期，不写时间，如 2026-02-14')
	.transform((date) => date.toISOString().slice(0, 10));

/** Named run of days off, both ends included. */
const range = z.object({
	/** What the days are, as people call them, e.g. 春节 or 校运动会补休. */
	name: z.string().min(1),
	/** First day off. */
	from: day,
	/** Last day off; the same as from for a single day. */
	to: day,
});

/** A file in content/calendar/: one year's days off and make-up working days. */
export const calendarFileSchema = z
	.object({
		/** The year the file covers; every date in it falls in this year. */
		year: z.number().int().min(2000).max(2100),
		/** The State Council notice the holidays and workdays are copied from, for checking. */
		notice: z.string().min(2),
		/** Public holidays (放假) as published in the notice. */
		holidays: z.array(range),
		/** Weekend days that are working days (调休上班) as published in the notice. */
		workdays: z.array(day).default([]),
		/** The school's own extra days off, e.g. a rest day after the sports meeting. */
		closures: z.array(range).default([]),
	})
	.superRefine((file, ctx) => {
		const inYear = (date: string, path: (string | number)[]) => {
			if (!date.startsWith(`${file.year}-`)) {
				ctx.addIssue({ code: 'custom', path, message: `${date} 不在 ${file.year} 年内：每个文件只写当年的日期` });
			}
		};
		for (const key of ['holidays', 'closures'] as const) {
			file[key].forEach((r, i) => {
				if (r.to < r.from) {
					ctx.addIssue({
						code: 'custom',
						path: [key, i, 'to'],
						message: `「${r.name}」的结束日期 ${r.to} 早于开始日期 ${r.from}`,
					});
				}
				inYear(r.from, [key, i, 'from']);
				inYear(r.to, [key, i, 'to']);
			});
		}
		file.workdays.forEach((date, i) => {
			const weekday = weekdayOf(date);
			// 调休 only ever moves work onto a weekend; a weekday here is a typo that shifts deadlines.
			if (weekday !== 0 && weekday !== 6) {
				ctx.addIssue({
					code: 'custom',
					path: ['workdays', i],
					message: `调休上班日 ${date} 是星期${WEEKDAY_NAMES[weekday]}，调休上班日只会是周六或周日，请对照通知核对`,
				});
			}
			inYear(date, ['workdays', i]);
		});
	});
export type CalendarFile = z.infer<typeof calendarFileSchema>;
