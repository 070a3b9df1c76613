/*
 * Someone introduced by their role is an official or a participant, not a client: "voorzitter
 * mevrouw Bakker", "wethouder De Jong", "notulist: Piet", "Anna Smit (gemeente Zaanstad)", or one of a
 * list after "Aanwezig:".
 */
import { oneOf } from "./shared";

// The roles, read backwards from the name: "de Wmo-consulent, Anna Smit".
const ROLE = oneOf(`
  wethouder voorzitter notulist notulant notulen secretaris gespreksleider burgemeester raadslid beleidsmedewerker
  beleidsadviseur beleidsambtenaar inkoper contractmanager accountmanager directeur bestuurder manager teamleider
  coördinator coordinator projectleider procesbegeleider jurist adviseur consulent wijkcoach ambtenaar medewerker
  gedeputeerde vertegenwoordiger namens collega spreker presentator aanwezig aanwezigen afwezig afmelding
  afmeldingen gasten gast toehoorder toehoorders deelnemers genodigden verslag verslaglegging contactpersoon
  kwartiermaker regisseur ondersteuner adviseurs leden lid ambtelijk verpleegkundige huisarts psycholoog psychiater
  begeleider casemanager gezinsvoogd behandelaar therapeut jeugdconsulent wijkagent bewindvoerder mantelzorgconsulent`);
const ROLE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])\\p{L}*(?:${ROLE})[ \\u00a0]*(?:\\([^)\\n]{0,40}\\)[ \\u00a0]*)?[,:;]?[ \\u00a0]*` +
    `(?:(?:de|het)[ \\u00a0]+)?$`,
  "iu",
);
// "Anna Smit (gemeente Zaanstad)", "Kees Bakker (Zorggroep Zaanstreek)", "Anna Smit, wethouder", "Piet, notulist".
const ROLE_AFTER = new RegExp(
  `^[ \\u00a0]*(?:\\([^)\\n]{0,60}?(?:${ROLE}|gemeente|namens)|[,–-][ \\u00a0]*(?:\\p{L}*(?:${ROLE})|gemeente|` +
    `van de gemeente)(?![\\p{L}])|[ \\u00a0]+(?:namens|van)[ \\u00a0]+(?:de[ \\u00a0]+)?gemeente)`,
  "iu",
);
// A list of several people after a role ("Aanwezig: A, B en C"): the role covers them all, up to the sentence end.
// A sentence ends at ". " before a capital, but not after a title or an initial ("dhr. P. Smit").
const SENTENCE_END = /(?<!(?:^|[^\p{L}])(?:mw|mevr|mvr|dhr|hr|drs|dr|mr|ir|ing|prof|\p{L}))[.!?][ \u00a0]+\p{Lu}/u;
const LIST_CUE = /(?:aanwezig|afwezig|afgemeld|deelnemers|genodigden|met kennisgeving)(?![\p{L}])/giu;

/**
 * Whether the name at [start, end) is introduced by a role, before or after it, speaks for a provider
 * ("Kees Bakker (Zorggroep Zaanstreek)"), or stands in a list of those present.
 */
export function introducedByRole(text: string, start: number, end: number, providers: RegExp | null): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 80);
  if (ROLE_BEFORE.test(before) || ROLE_AFTER.test(after)) return true;
  const bracket = /^[ \u00a0]*\(([^)\n]*)\)/u.exec(after);
  if (bracket && providers && bracket[1]!.search(providers) >= 0) return true;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (start - lineStart > 600) return false;
  const line = text.slice(lineStart, start);
  let cue = -1;
  for (const m of line.matchAll(LIST_CUE)) cue = m.index + m[0].length;
  return cue >= 0 && !SENTENCE_END.test(line.slice(cue));
}
