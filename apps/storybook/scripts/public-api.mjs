// What a webmaster may use of an element: the docs tables show this and nothing else.

/** Members of the shared base class that are plumbing, not API (locale helpers, registration data). */
const BASE_CLASS = 'PasserelleElement';

const isPublic = (member) =>
  !member.static &&
  (member.privacy ?? 'public') === 'public' &&
  !member.name.startsWith('#') &&
  !member.name.startsWith('_') &&
  member.inheritedFrom?.name !== BASE_CLASS;

/** A custom element declaration reduced to its public API; other declarations as they are. */
export function publicApi(declaration) {
  if (!declaration.customElement) return declaration;
  const members = (declaration.members ?? []).filter(isPublic);
  const fields = new Set(members.map((m) => m.name));
  // The analyzer turns reactive state (`state: true`) into attributes too: keep those of public fields.
  const attributes = (declaration.attributes ?? []).filter((a) => !a.fieldName || fields.has(a.fieldName));
  return { ...declaration, members, attributes };
}
