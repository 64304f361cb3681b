/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The MDX file being rendered, so author components can name it in build errors. */
    lectureFile?: string;
    /** How many demos of each kind this page has rendered so far (for their ids). */
    demoCounts?: Record<string, number>;
  }
}
