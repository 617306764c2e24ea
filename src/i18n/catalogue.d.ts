/** A catalogue under src/locales, compiled to message functions by the Lingui plugin at build time. */
declare module "*.po" {
  import type { Messages } from "@lingui/core";
  export const messages: Messages;
}
