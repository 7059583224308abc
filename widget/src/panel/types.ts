/** Translation function handed to components (the panel translator's `t`). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;
