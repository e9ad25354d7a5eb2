/**
 * The production build's stand-in for dev-hook.ts (vite.config.ts swaps it in): no test
 * helper, and no demo generator behind it, reaches a station's installed app.
 */
export function useDashboardDevHook(): void {}
