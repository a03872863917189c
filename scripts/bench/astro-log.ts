/**
 * Where an `astro build` spends its time, read from its log: content sync,
 * the server build (vite), and per page route the number of pages and the sum
 * of the per-page render times Astro prints (+12ms).
 */
export interface AstroBreakdown {
  /** [content] Syncing → Synced, seconds (from the log's clock, 1 s resolution) */
  contentSyncSeconds: number | null;
  /** "Building static entrypoints" → vite built in */
  serverBuildSeconds: number | null;
  /** "N page(s) built in X s" */
  pages: number | null;
  pagesSeconds: number | null;
  /** per route: pages, the sum of Astro's per-page times, and the wall time from its header to the next (1 s resolution) */
  routes: { route: string; pages: number; renderSeconds: number; wallSeconds: number; slowestMs: number }[];
}

const clock = (line: string): number | null => {
  const m = line.match(/^(\d\d):(\d\d):(\d\d)/);
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : null;
};

export function astroBreakdown(log: string): AstroBreakdown {
  const lines = log.split('\n');
  let syncStart: number | null = null;
  let syncEnd: number | null = null;
  let serverBuild: number | null = null;
  let pages: number | null = null;
  let pagesSeconds: number | null = null;
  const routes = new Map<string, { pages: number; ms: number; slowest: number; wall: number }>();
  let current: string | null = null;
  let currentStart: number | null = null;
  const closeRoute = (at: number | null) => {
    if (current && currentStart !== null && at !== null) routes.get(current)!.wall += at - currentStart;
  };
  for (const line of lines) {
    if (/\[content\] Syncing content/.test(line)) syncStart = clock(line);
    if (/\[content\] Synced content/.test(line)) syncEnd = clock(line);
    const vite = line.match(/\[vite\] ✓ built in ([\d.]+)(m?s)/);
    if (vite && serverBuild === null) serverBuild = Number(vite[1]) / (vite[2] === 'ms' ? 1000 : 1);
    const built = line.match(/(\d+) page\(s\) built in ([\d.]+)s/);
    if (built) {
      pages = Number(built[1]);
      pagesSeconds = Number(built[2]);
    }
    const route = line.match(/[▶λ] (src\/pages\/\S+)/);
    if (route) {
      closeRoute(clock(line));
      current = route[1]!;
      currentStart = clock(line);
      if (!routes.has(current)) routes.set(current, { pages: 0, ms: 0, slowest: 0, wall: 0 });
      continue;
    }
    if (built) {
      closeRoute(clock(line));
      current = null;
    }
    const page = line.match(/[├└]─ \S+ \(\+(\d+)ms\)/);
    if (page && current) {
      const r = routes.get(current)!;
      const ms = Number(page[1]);
      r.pages++;
      r.ms += ms;
      if (ms > r.slowest) r.slowest = ms;
    }
  }
  return {
    contentSyncSeconds: syncStart !== null && syncEnd !== null ? syncEnd - syncStart : null,
    serverBuildSeconds: serverBuild,
    pages,
    pagesSeconds,
    routes: [...routes]
      .map(([route, r]) => ({ route, pages: r.pages, renderSeconds: r.ms / 1000, wallSeconds: r.wall, slowestMs: r.slowest }))
      .sort((a, b) => b.wallSeconds - a.wallSeconds || b.renderSeconds - a.renderSeconds),
  };
}
