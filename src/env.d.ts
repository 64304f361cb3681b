/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The MDX file being rendered, so author components can name it in build errors. */
    lectureFile?: string;
  }
}
