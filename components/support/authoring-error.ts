// Author components fail the build with the file, the component and what to do about it.
import { AstroError } from 'astro/errors';

interface RenderContext {
  locals: App.Locals;
  url: URL;
}

/** Which file an author should open: the lecture MDX when known, else the page URL. */
export function sourceOf(context: RenderContext): string {
  return context.locals.lectureFile ?? `page ${context.url.pathname}`;
}

export function authoringError(
  context: RenderContext,
  component: string,
  message: string,
  hint: string,
): AstroError {
  return new AstroError(`<${component}> in ${sourceOf(context)}: ${message}`, hint);
}
