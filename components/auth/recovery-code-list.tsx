/** Recovery codes, shown once after enrolment or renewal; only their hashes are stored. */
export function RecoveryCodeList({ codes, intro }: { codes: string[]; intro: string }) {
  return (
    <div className="utrecht-alert utrecht-alert--warning" role="status">
      <div className="utrecht-alert__content">
        <p className="utrecht-paragraph">{intro}</p>
        <ul className="utrecht-unordered-list" data-testid="recovery-codes">
          {codes.map((code) => (
            <li key={code} className="utrecht-unordered-list__item">
              <code>{code}</code>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
