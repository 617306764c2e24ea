import { z } from "zod/mini";

let english = false;

/**
 * zod/mini carries no messages of its own, and the English ones are needed only when a check fails: they load
 * then, and the failed check runs once more so that its error names the problem ("expected one of …").
 */
export async function withIssueMessages<T>(check: () => T | Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (error) {
    if (english) throw error;
    z.config((await import("zod/v4/locales/en.js")).default());
    english = true;
    return check();
  }
}
