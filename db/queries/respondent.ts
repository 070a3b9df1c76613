/**
 * Who a response is shown under. A council member gives the council's advice: it goes under the council's
 * name, not the member's.
 */
export const respondentName = (r: {
  providerName: string | null;
  councilName: string | null;
  userName: string | null;
}) => r.providerName ?? r.councilName ?? r.userName ?? "—";
