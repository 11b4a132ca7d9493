/**
 * Lets the page run before the rest of a long piece of work: `scheduler.yield()` where the browser
 * has it (the rest then goes ahead of other queued tasks), else a task of its own.
 * @example await yieldToPage(); // the work after this runs in a new task
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
