/** An event's id in URLs and lists: its label in lower-case ASCII words joined by hyphens ("World Cup 2002" → "world-cup-2002"). */
export const eventId = (e: { label: string }) =>
  e.label.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
