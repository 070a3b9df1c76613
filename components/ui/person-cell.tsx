/** A person's name with their e-mail address underneath, for tables of people. */
export function PersonCell({ name, email }: { name: string; email: string }) {
  return (
    <td>
      {name}
      <br />
      <span className="inkoop-muted">{email}</span>
    </td>
  );
}
