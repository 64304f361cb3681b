// Which parameters (lib/params.ts) each demo component takes as props, in the order the
// authoring guide lists them. Attributes of the elements and the embed URL query use the same names.
export const DATA_DEMO_PARAMS = ['n', 'w0', 'w1', 'seed'] as const;
export const TRAIN_DEMO_PARAMS = ['n', 'w0', 'w1', 'seed', 'lr', 'epochs', 'loss', 'init-w0', 'init-w1', 'backend', 'speed', 'autoplay', 'data-src'] as const;
export const COMPARE_DEMO_PARAMS = ['n', 'w0', 'w1', 'seed', 'lr', 'epochs', 'init-w0', 'init-w1', 'backend', 'speed', 'mse-start', 'autoplay', 'data-src'] as const;
