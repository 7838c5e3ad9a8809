// A partner's page: the latest Spanish releases (English where not translated), one release in
// Spanish, a release's outline from its body (block values narrowed by `type`), the Spanish menu,
// and everything that changed since a cursor. Type-checked against the client generated from
// /api/v2/openapi.json under `tsc --strict`: a contract change breaks it.
import createClient from "openapi-fetch";
import type { components, paths } from "./api";

type Release = components["schemas"]["Release"];
type Change = components["schemas"]["Change"];
type BodyBlock = components["schemas"]["BodyBlock"];

const api = createClient<paths>({ baseUrl: "https://vpi.example.org/api/v2" });

export async function latestReleases(): Promise<Release[]> {
  const { data, error } = await api.GET("/news/", {
    params: { query: { locale: "es", fallback: "default", limit: 5, order: "-publication_date", topic: "human-rights" } },
  });
  if (error) throw new Error(error.message);
  return data.items;
}

export async function releaseInSpanish(id: number): Promise<string | undefined> {
  const { data, response } = await api.GET("/news/{id}/", {
    params: { path: { id }, query: { locale: "es", fallback: "default", fields: "_,title,topics(name)" } },
    headers: { "If-None-Match": 'W/"etag"' },
  });
  if (response.status === 304) return undefined;
  const topics = (data?.topics ?? []).map((topic) => topic.name ?? "");
  return `${data?.title ?? ""} (${topics.join(", ")}); ${response.headers.get("ETag") ?? ""}`;
}

export async function spanishMenu(homeId: number): Promise<Array<{ id?: number; title?: string }>> {
  const { data } = await api.GET("/pages/", {
    params: { query: { child_of: homeId, locale: "es", fallback: "default", fields: "_,id,title" } },
  });
  return (data?.items ?? []).map((page) => ({ id: page.id, title: page.title }));
}

export async function changesSince(cursor: string): Promise<{ next: string; changes: Change[] }> {
  const { data, error } = await api.GET("/changes/", { params: { query: { since: cursor, limit: 100 } } });
  if (error) throw new Error(error.message);
  const gone = data.items.filter((change) => change.action === "deleted" || change.action === "unpublished");
  console.log(`${gone.length} to remove`);
  return { next: data.meta.next_cursor, changes: data.items };
}

// A body is an array of blocks discriminated by `type`: checking it narrows `value` to that block's
// own shape (a heading's text and level, a quote's attribution, an image that may be null).
export function outline(body: BodyBlock[]): string[] {
  const lines: string[] = [];
  for (const block of body) {
    if (block.type === "heading") {
      const level: "h2" | "h3" = block.value.level;
      lines.push(`${level}: ${block.value.text}`);
    } else if (block.type === "quote") {
      lines.push(`"${block.value.quote}" (${block.value.attribution})`);
    } else if (block.type === "image") {
      lines.push(block.value.image?.url ?? "(image removed)");
    } else if (block.type === "call_to_action") {
      lines.push(block.value.page?.html_url ?? block.value.url);
    }
  }
  return lines;
}

export async function releaseOutline(id: number): Promise<string[]> {
  const { data, error } = await api.GET("/news/{id}/", { params: { path: { id } } });
  if (error) throw new Error(error.message);
  return outline(data.body ?? []);
}
