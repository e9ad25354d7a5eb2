import { expect, type Page } from '@playwright/test';

/** How the e2e tests work antd's animated widgets reliably on a busy machine. */

/**
 * The open dialog, once it has finished zooming in (antd marks it `…-appear`/`…-enter` until
 * then). On a busy machine a click on a dialog still zooming in can miss its button, and the
 * dialog stays open over the next step: a 取消 clicked at once missed 4 times in 120 with both
 * cores busy, and none through this. Likely because the zoom starts at a fifth of the size and
 * may hold there for a frame or more, which Playwright takes for "stable".
 */
export function openDialog(page: Page) {
  return page.getByRole('dialog').and(page.locator(':not([class*="-appear"]):not([class*="-enter"])'));
}

/**
 * Takes an option from the open dropdown of an antd Select the way a clerk does: the pointer
 * makes it the active option, Enter takes it.
 *
 * CI once hung three minutes after a plain click on an option: nothing was chosen and the
 * dropdown stayed open over the dialog's OK button. (That option was already the value, carried
 * over from an earlier dialog, a bug since fixed; a click that lands while search results
 * re-render the list can miss the same way.) Here the option is checked active before Enter, so
 * a missed pointer move is retried and never taken for a choice.
 */
export async function chooseOption(page: Page, text: string) {
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first();
  await expect(async () => {
    await option.hover();
    await expect(option).toHaveClass(/ant-select-item-option-active/, { timeout: 1_000 });
  }).toPass();
  await page.keyboard.press('Enter');
}

/** As {@link chooseOption} for a single-choice Select, which closes once it has its value. */
export async function chooseOnly(page: Page, text: string) {
  await chooseOption(page, text);
  await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
}
