/** Translation function handed to components (an i18next `t` bound to the panel's instance). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;
