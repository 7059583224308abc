import * as z from 'zod/mini';

/** A `#rrggbb` colour. */
const HexColor = z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/));

/**
 * How a broker's widget looks by default, served publicly at `GET /widget/tenants/<tenantId>.json`
 * (cacheable, any origin). Display fields only: the page's own settings override each of them, and
 * nothing secret (agents, keys, webhooks) belongs here because every visitor can read it.
 * @example
 * const display = TenantDisplay.parse(await (await fetch('https://chat.example.com/widget/tenants/demo.json')).json());
 * display.theme.brandColor // '#0b5cad'
 */
export const TenantDisplay = z.object({
  /** The broker's name, as the bot signs its replies. */
  name: z.string(),
  theme: z.object({
    brandColor: HexColor,
    position: z.enum(['right', 'left']),
    /** Pixels from the page corner. */
    offset: z.int().check(z.gte(0), z.lte(200)),
    zIndex: z.int().check(z.gte(0)),
    /** Text beside the launcher icon; absent for an icon-only button. */
    launcherLabel: z.optional(z.string().check(z.maxLength(40))),
    colorScheme: z.enum(['auto', 'light', 'dark']),
  }),
  /** Start in simple mode (large text, high contrast) unless the page or the customer chose otherwise. */
  simpleMode: z.boolean(),
});
export type TenantDisplay = z.infer<typeof TenantDisplay>;
