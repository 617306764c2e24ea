import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import type { z } from "zod";
import { DataError } from "../../src/data/data-error";

type Path = readonly PropertyKey[];

/** A parsed JSON file that can point at the line of any value in it, for errors a person can act on. */
type JsonFile<T> = { data: T; fail: (path: Path, reason: string) => DataError };

/** Parse strict JSON (no comments, no trailing commas) and validate it; every failure names the file, line and path. */
export function parseJsonFile<S extends z.ZodType>(text: string, schema: S, file: string): JsonFile<z.infer<S>> {
  if (text.trim() === "") throw new DataError(file, null, "the file is empty");
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0 || !tree) {
    const first = errors[0];
    throw new DataError(file, lineAt(text, first?.offset ?? 0), `not valid JSON (${first ? printParseErrorCode(first.error) : "no value"})`);
  }
  const fail = (path: Path, reason: string) =>
    new DataError(file, lineAt(text, nearestNode(tree, path).offset), `${formatPath(path)}: ${reason}`);
  const parsed = schema.safeParse(getNodeValue(tree));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw fail(issue.path, issue.message);
  }
  return { data: parsed.data, fail };
}

/** The node at a path, or its closest ancestor when the value is missing. */
function nearestNode(root: Node, path: Path): Node {
  for (let n = path.length; n > 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n).map((p) => (typeof p === "number" ? p : String(p))));
    if (node) return node;
  }
  return root;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === "\n") line++;
  return line;
}

/** rows[3].parts.Japan */
export function formatPath(path: Path): string {
  const text = path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");
  return text.startsWith(".") ? text.slice(1) : text || "(top level)";
}
