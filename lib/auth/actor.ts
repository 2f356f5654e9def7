import type { Role } from "./roles";

// Who is acting. In the app it is the signed-in user or the owner of an API token
// (lib/services/auth/request-actor.ts); on the command line, working directly on the
// database file, it is the command line itself (lib/db/actor.ts): an admin, recorded under
// its own name so the history says which changes came from there.
export type Actor = { id: string; email: string; name: string; role: Role };
