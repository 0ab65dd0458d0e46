import type { CategoryId, DomainConfig } from '../../config/domain-schema.js';

/** Where a ticket goes: an OIT team, and for on-site work at a remote site also the district vendor's queue. */
export interface Route {
  team: string | null;
  vendor: string | null;
}

export interface RouteInput {
  category: CategoryId;
  organisation: string | null;
  site: string | null;
  district: string | null;
}

type RoutingConfig = Pick<DomainConfig, 'routing' | 'categories' | 'sites' | 'districts'>;

/**
 * Category + organisation + site → team: the first routing rule whose set fields all match,
 * else the category's team. An on-site category (hardware, printer) at a remote site also goes
 * to the vendor contracted for the site's district.
 */
export function routeTicket(input: RouteInput, config: RoutingConfig): Route {
  const rule = config.routing.rules.find((r) =>
    (r.category === undefined || r.category === input.category)
    && (r.organisation === undefined || r.organisation === input.organisation)
    && (r.site === undefined || r.site === input.site));
  const category = config.categories.find((c) => c.id === input.category);
  const team = rule?.team ?? category?.team ?? null;
  return { team, vendor: vendorFor(input, Boolean(category?.onSite), config) };
}

function vendorFor(input: RouteInput, onSite: boolean, config: RoutingConfig): string | null {
  if (!onSite || !config.routing.onSiteRemoteToVendor) return null;
  const site = config.sites.find((s) => s.id === input.site);
  if (!site?.remote) return null;
  return config.districts.find((d) => d.id === (site.district ?? input.district))?.vendor ?? null;
}
