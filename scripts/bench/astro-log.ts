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

/** Astro's durations: "450ms", "9.73s", "1m 18s" (Astro 7 prints minutes past 60 s). */
const DURATION = String.raw`(?:(\d+)m )?([\d.]+)(m?s)`;
const seconds = (m: RegExpMatchArray, at: number): number =>
  Number(m[at] ?? 0) * 60 + Number(m[at + 1]) / (m[at + 2] === 'ms' ? 1000 : 1);

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
    const vite = line.match(new RegExp(`\\[vite\\] ✓ built in ${DURATION}`));
    if (vite && serverBuild === null) serverBuild = seconds(vite, 1);
    const built = line.match(new RegExp(`(\\d+) page\\(s\\) built in ${DURATION}`));
    if (built) {
      pages = Number(built[1]);
      pagesSeconds = seconds(built, 2);
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
