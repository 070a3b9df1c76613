import { connection } from "next/server";

/** Next's own cost of one dynamically rendered page: no proxy, no session, no database, no layout. */
export default async function CeilingPage() {
  await connection();
  return (
    <main>
      <h1>Plafond</h1>
      <p>Een lege, per verzoek gerenderde pagina van hetzelfde framework.</p>
    </main>
  );
}
