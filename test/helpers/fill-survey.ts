import type { Page } from 'playwright-core';

/**
 * Answers every question on a survey page the way a parent would: taps an option in each group
 * (the second-to-last, to avoid always the first), types into text boxes, picks a class. Questions
 * the form script has hidden (showIf) are left alone, as a parent cannot see them.
 */
export async function fillSurvey(page: Page, skip: string[] = []): Promise<void> {
	for (const question of await page.locator('[data-question]').all()) {
		const id = (await question.getAttribute('data-question'))!;
		if (skip.includes(id) || !(await question.isVisible())) continue;
		const select = question.locator('select');
		if (await select.count()) {
			await select.selectOption({ index: 1 });
			continue;
		}
		const rows = question.locator('fieldset.row');
		if (await rows.count()) {
			for (const row of await rows.all()) await row.locator('label').nth(3).click();
			continue;
		}
		const labels = question.locator('label:has(input)');
		const n = await labels.count();
		if (n > 0) {
			await labels.nth(Math.max(0, n - 2)).click();
			continue;
		}
		const phone = question.locator('input[type="tel"]');
		if (await phone.count()) {
			await phone.fill('138 0013 8000');
			continue;
		}
		const textarea = question.locator('textarea');
		if (await textarea.count()) {
			await textarea.fill('希望学校多组织亲子活动，谢谢老师们。');
			continue;
		}
		const input = question.locator('input[type="text"]');
		const mode = await input.getAttribute('inputmode');
		await input.fill(mode ? '2' : '测试家长');
	}
}
